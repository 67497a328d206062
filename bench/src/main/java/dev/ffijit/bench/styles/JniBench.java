package dev.ffijit.bench.styles;

import dev.ffijit.bench.BufferPlacement;
import dev.ffijit.bench.Inputs;
import dev.ffijit.bench.bindings.JniCalls;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Hand-written JNI, the reference the ratio table divides by. Native buffers are malloc'd addresses. */
@State(Scope.Thread)
public class JniBench extends CallStyleBenchmark {
    private long textAddress;
    /** What malloc returned for the memset buffer; memsetAddress is aligned inside it. */
    private long memsetBlock;
    private long memsetAddress;
    private final long[] timeval = new long[2];

    @Override
    public void prepare() {
        byte[] cString = Inputs.textCString();
        textAddress = JniCalls.malloc(cString.length);
        JniCalls.putBytes(textAddress, cString);
        memsetBlock = JniCalls.malloc(BufferPlacement.paddedSize(bufferSize));
        memsetAddress = BufferPlacement.align(memsetBlock);
        clearMemsetBuffer();
    }

    @Override
    public void release() {
        JniCalls.free(textAddress);
        JniCalls.free(memsetBlock);
        textAddress = memsetBlock = memsetAddress = 0;
    }

    @Override
    public byte[] memsetBufferContents() {
        byte[] copy = new byte[(int) bufferSize];
        JniCalls.getBytes(memsetAddress, copy);
        return copy;
    }

    @Override
    public long memsetBufferAddress() {
        return memsetAddress;
    }

    @Override
    public void clearMemsetBuffer() {
        JniCalls.putBytes(memsetAddress, new byte[(int) bufferSize]);
    }

    @Benchmark
    public long labs() {
        return JniCalls.labs(labsArg);
    }

    @Benchmark
    public double cos() {
        return JniCalls.cos(cosArg);
    }

    @Benchmark
    public long strlenString() {
        return JniCalls.strlen(text);
    }

    @Benchmark
    public long strlenPointer() {
        return JniCalls.strlen(textAddress);
    }

    @Benchmark
    public long memset() {
        return JniCalls.memset(memsetAddress, memsetValue, bufferSize);
    }

    @Benchmark
    public long sum6() {
        return JniCalls.sum6(a1, a2, a3, a4, a5, a6);
    }

    @Benchmark
    public long sum8() {
        return JniCalls.sum8(i1, l1, i2, l2, i3, l3, i4, l4);
    }

    @Benchmark
    public long gettimeofday() {
        JniCalls.gettimeofday(timeval);
        return timeval[0];
    }

    @Benchmark
    public long crc32() {
        return JniCalls.crc32(0L, crcData, crcLength);
    }
}
