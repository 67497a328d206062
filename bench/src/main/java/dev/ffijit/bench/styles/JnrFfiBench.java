package dev.ffijit.bench.styles;

import dev.ffijit.bench.BufferPlacement;
import dev.ffijit.bench.Inputs;
import dev.ffijit.bench.bindings.jnr.JnrBenchLib;
import dev.ffijit.bench.bindings.jnr.JnrLibC;
import dev.ffijit.bench.bindings.jnr.JnrLibM;
import dev.ffijit.bench.bindings.jnr.JnrTimeval;
import dev.ffijit.bench.bindings.jnr.JnrZlib;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * jnr-ffi ({@code LibraryLoader}). Buffers are jnr direct memory, the native kind jnr code passes as
 * a Pointer. The harness runs this class once plainly and once with the ffijit agent.
 */
@State(Scope.Thread)
public class JnrFfiBench extends CallStyleBenchmark {
    private Pointer textBuffer;
    /** Owns memsetBuffer's memory: jnr frees it when this becomes unreachable. */
    private Pointer memsetBlock;
    private Pointer memsetBuffer;
    /** Reused; jnr gives it native memory on first use and passes that memory afterwards. */
    private JnrTimeval timeval;

    @Override
    public void prepare() {
        Runtime runtime = Runtime.getRuntime(JnrLibC.INSTANCE);
        byte[] cString = Inputs.textCString();
        textBuffer = Memory.allocateDirect(runtime, cString.length);
        textBuffer.put(0, cString, 0, cString.length);
        memsetBlock = Memory.allocateDirect(runtime, (int) BufferPlacement.paddedSize(bufferSize));
        memsetBuffer = Pointer.wrap(runtime, BufferPlacement.align(memsetBlock.address()), bufferSize);
        clearMemsetBuffer();
        timeval = new JnrTimeval(runtime);
    }

    @Override
    public byte[] memsetBufferContents() {
        byte[] copy = new byte[(int) bufferSize];
        memsetBuffer.get(0, copy, 0, copy.length);
        return copy;
    }

    @Override
    public long memsetBufferAddress() {
        return memsetBuffer.address();
    }

    @Override
    public void clearMemsetBuffer() {
        memsetBuffer.setMemory(0, bufferSize, (byte) 0);
    }

    @Benchmark
    public long labs() {
        return JnrLibC.INSTANCE.labs(labsArg);
    }

    @Benchmark
    public double cos() {
        return JnrLibM.INSTANCE.cos(cosArg);
    }

    @Benchmark
    public long strlenString() {
        return JnrLibC.INSTANCE.strlen(text);
    }

    @Benchmark
    public long strlenPointer() {
        return JnrLibC.INSTANCE.strlen(textBuffer);
    }

    @Benchmark
    public Pointer memset() {
        return JnrLibC.INSTANCE.memset(memsetBuffer, memsetValue, bufferSize);
    }

    @Benchmark
    public long sum6() {
        return JnrBenchLib.INSTANCE.sum6(a1, a2, a3, a4, a5, a6);
    }

    @Benchmark
    public long sum8() {
        return JnrBenchLib.INSTANCE.sum8(i1, l1, i2, l2, i3, l3, i4, l4);
    }

    @Benchmark
    public long gettimeofday() {
        JnrLibC.INSTANCE.gettimeofday(timeval, null);
        return timeval.tv_sec.get();
    }

    @Benchmark
    public long crc32() {
        return JnrZlib.INSTANCE.crc32(0L, crcData, crcLength);
    }
}
