package dev.ffijit.bench.hops;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.ffijit.bench.BufferPlacement;
import dev.ffijit.bench.Inputs;
import dev.ffijit.bench.bindings.JniCalls;
import dev.ffijit.bench.bindings.jna.JnaLibC;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What each hop of a JNA interface call costs, in one run (bench/README.md, "Hops"): hand JNI, the same call
 * through the interface as the application makes it, through {@code Library.Handler.invoke} with boxed arguments,
 * and through {@code Native.synchronizedLibrary}. For {@code memset}, also hand JNI doing the work JNA's signature
 * asks for ({@code Pointer.nativeValue} in, a new {@code Pointer} out), which the plain JNI row does not do, and the
 * interface call with its result unused.
 * Run in a JVM with the agent for the "+ ffijit" figures and without it for plain JNA's; the harness
 * ({@code BenchMain}) does not run this class.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class HopBench {
    private static final Method LABS = method("labs", long.class);

    // fields, not constants, so that the JIT cannot fold the arguments
    private long labsArg = Inputs.LABS_ARG;
    private int memsetValue = Inputs.MEMSET_VALUE;
    private long bufferSize = Inputs.BUFFER_SIZE;
    /** Holds buffer's memory: closed on tear-down. */
    private Memory block;
    private Memory buffer;
    private InvocationHandler handler;
    private JnaLibC synchronizedLib;

    @Setup
    public void setup() {
        block = new Memory(BufferPlacement.paddedSize(bufferSize));
        buffer = block.align(BufferPlacement.ALIGNMENT);
        handler = Proxy.getInvocationHandler(JnaLibC.INSTANCE);
        synchronizedLib = (JnaLibC) Native.synchronizedLibrary(JnaLibC.INSTANCE);
    }

    @TearDown
    public void tearDown() {
        block.close();
    }

    @Benchmark
    public long labsJni() {
        return JniCalls.labs(labsArg);
    }

    @Benchmark
    public long labsInterface() {
        return JnaLibC.INSTANCE.labs(labsArg);
    }

    @Benchmark
    public Object labsHandlerInvoke() throws Throwable {
        return handler.invoke(JnaLibC.INSTANCE, LABS, new Object[] {labsArg});
    }

    @Benchmark
    public long labsSynchronizedLibrary() {
        return synchronizedLib.labs(labsArg);
    }

    @Benchmark
    public long memsetJni() {
        return JniCalls.memset(Pointer.nativeValue(buffer), memsetValue, bufferSize);
    }

    @Benchmark
    public Pointer memsetJniWithPointer() {
        long r = JniCalls.memset(Pointer.nativeValue(buffer), memsetValue, bufferSize);
        return r == 0 ? null : new Pointer(r);
    }

    @Benchmark
    public Pointer memsetInterface() {
        return JnaLibC.INSTANCE.memset(buffer, memsetValue, bufferSize);
    }

    /** As most applications call memset: the result unused, so the JIT may drop the Pointer JNA makes for it. */
    @Benchmark
    public void memsetInterfaceResultUnused() {
        JnaLibC.INSTANCE.memset(buffer, memsetValue, bufferSize);
    }

    /** The buffer the memset rows write. */
    public Pointer buffer() {
        return buffer;
    }

    private static Method method(String name, Class<?>... params) {
        try {
            return JnaLibC.class.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
