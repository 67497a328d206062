package dev.ffijit.bench.styles;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.ffijit.bench.BufferPlacement;
import dev.ffijit.bench.Inputs;
import dev.ffijit.bench.bindings.JniCalls;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Hand-written JNI behind the Java types a JNA binding has: a {@code Pointer} in and, for {@code memset}, a new
 * {@code Pointer} out, as JNA returns one per call. The plain JNI row passes {@code long}s, which no JNA signature
 * can; this row is the same native call with the work the JNA signature asks of any implementation, written the
 * cheapest way by hand (the peer read and the allocation in Java, not through JNI field and object functions).
 * Only the functions whose JNA signature has a {@code Pointer} are here: for the others the two rows would be the
 * same code.
 */
@State(Scope.Thread)
public class JniJnaTypesBench extends CallStyleBenchmark {
    private Memory textBuffer;
    /** Holds memsetBuffer's memory: closed on release. */
    private Memory memsetBlock;
    private Memory memsetBuffer;

    @Override
    public void prepare() {
        byte[] cString = Inputs.textCString();
        textBuffer = new Memory(cString.length);
        textBuffer.write(0, cString, 0, cString.length);
        memsetBlock = new Memory(BufferPlacement.paddedSize(bufferSize));
        memsetBuffer = memsetBlock.align(BufferPlacement.ALIGNMENT);
        clearMemsetBuffer();
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
    public long strlenPointer() {
        return JniCalls.strlen(Pointer.nativeValue(textBuffer));
    }

    @Benchmark
    public Pointer memset() {
        long r = JniCalls.memset(Pointer.nativeValue(memsetBuffer), memsetValue, bufferSize);
        return r == 0 ? null : new Pointer(r);
    }
}
