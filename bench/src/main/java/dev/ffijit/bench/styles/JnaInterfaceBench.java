package dev.ffijit.bench.styles;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.ffijit.bench.BufferPlacement;
import dev.ffijit.bench.Inputs;
import dev.ffijit.bench.bindings.jna.JnaBenchLib;
import dev.ffijit.bench.bindings.jna.JnaLibC;
import dev.ffijit.bench.bindings.jna.JnaLibM;
import dev.ffijit.bench.bindings.jna.JnaZlib;
import dev.ffijit.bench.bindings.jna.Timeval;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JNA interface mapping ({@code Native.load}) through the usual {@code INSTANCE} constants. The
 * harness runs this class once plainly and once in JVMs started with the ffijit agent.
 */
@State(Scope.Thread)
public class JnaInterfaceBench extends CallStyleBenchmark {
    private Memory textBuffer;
    /** Holds memsetBuffer's memory: closed on release. */
    private Memory memsetBlock;
    private Memory memsetBuffer;
    /** Reused across calls, as an app polling the clock would keep one. */
    private Timeval timeval;

    @Override
    public void prepare() {
        byte[] cString = Inputs.textCString();
        textBuffer = new Memory(cString.length);
        textBuffer.write(0, cString, 0, cString.length);
        memsetBlock = new Memory(BufferPlacement.paddedSize(bufferSize));
        memsetBuffer = memsetBlock.align(BufferPlacement.ALIGNMENT);
        clearMemsetBuffer();
        timeval = new Timeval();
    }

    @Override
    public void release() {
        textBuffer.close();
        memsetBlock.close();
    }

    @Override
    public byte[] memsetBufferContents() {
        return memsetBuffer.getByteArray(0, (int) bufferSize);
    }

    @Override
    public long memsetBufferAddress() {
        return Pointer.nativeValue(memsetBuffer);
    }

    @Override
    public void clearMemsetBuffer() {
        memsetBuffer.clear();
    }

    @Benchmark
    public long labs() {
        return JnaLibC.INSTANCE.labs(labsArg);
    }

    @Benchmark
    public double cos() {
        return JnaLibM.INSTANCE.cos(cosArg);
    }

    @Benchmark
    public long strlenString() {
        return JnaLibC.INSTANCE.strlen(text);
    }

    @Benchmark
    public long strlenPointer() {
        return JnaLibC.INSTANCE.strlen(textBuffer);
    }

    @Benchmark
    public Pointer memset() {
        return JnaLibC.INSTANCE.memset(memsetBuffer, memsetValue, bufferSize);
    }

    @Benchmark
    public long sum6() {
        return JnaBenchLib.INSTANCE.sum6(a1, a2, a3, a4, a5, a6);
    }

    @Benchmark
    public long sum8() {
        return JnaBenchLib.INSTANCE.sum8(i1, l1, i2, l2, i3, l3, i4, l4);
    }

    @Benchmark
    public long gettimeofday() {
        JnaLibC.INSTANCE.gettimeofday(timeval, null);
        return timeval.tv_sec.longValue();
    }

    @Benchmark
    public long crc32() {
        return JnaZlib.INSTANCE.crc32(0L, crcData, crcLength);
    }
}
