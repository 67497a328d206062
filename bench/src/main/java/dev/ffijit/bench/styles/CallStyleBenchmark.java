package dev.ffijit.bench.styles;

import dev.ffijit.bench.Inputs;
import dev.ffijit.bench.check.BenchFunction;
import dev.ffijit.bench.check.SelfCheck;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Base of the per-style benchmark classes. Each subclass is its own {@code @State}: one class per
 * call style, one {@code @Benchmark} method per C function, named as in
 * {@link dev.ffijit.bench.check.BenchFunction}, so a result's class and method name give its table cell.
 *
 * <p>Before measuring, every fork calls the benchmark method once and checks the result
 * ({@link SelfCheck}): a run with the ffijit agent fails instead of timing wrong calls.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class CallStyleBenchmark {
    // Non-final copies of Inputs: the JIT must not treat the arguments as constants.
    protected long labsArg = Inputs.LABS_ARG;
    protected double cosArg = Inputs.COS_ARG;
    protected String text = Inputs.TEXT;
    protected int memsetValue = Inputs.MEMSET_VALUE;
    protected long bufferSize = Inputs.BUFFER_SIZE;
    protected long a1 = Inputs.SUM6_ARGS[0], a2 = Inputs.SUM6_ARGS[1], a3 = Inputs.SUM6_ARGS[2],
            a4 = Inputs.SUM6_ARGS[3], a5 = Inputs.SUM6_ARGS[4], a6 = Inputs.SUM6_ARGS[5];
    protected int i1 = Inputs.SUM8_INTS[0], i2 = Inputs.SUM8_INTS[1], i3 = Inputs.SUM8_INTS[2],
            i4 = Inputs.SUM8_INTS[3];
    protected long l1 = Inputs.SUM8_LONGS[0], l2 = Inputs.SUM8_LONGS[1], l3 = Inputs.SUM8_LONGS[2],
            l4 = Inputs.SUM8_LONGS[3];
    protected byte[] crcData = Inputs.crcBytes();
    protected int crcLength = crcData.length;

    /** JMH passes the running benchmark's name, so only the function about to be measured is checked. */
    @Setup(Level.Trial)
    public final void setUp(BenchmarkParams params) {
        prepare();
        String name = params.getBenchmark();
        SelfCheck.verifyInFork(this, BenchFunction.ofMethod(name.substring(name.lastIndexOf('.') + 1)));
    }

    @TearDown(Level.Trial)
    public final void tearDown() {
        release();
    }

    /**
     * Allocates the style's native buffers: one holding {@link Inputs#TEXT} for strlen(Pointer), one of
     * {@link Inputs#BUFFER_SIZE} zero bytes for memset.
     */
    public abstract void prepare();

    public void release() {
    }

    /** The memset target's current bytes, for checking that the call really wrote them. */
    public abstract byte[] memsetBufferContents();

    /**
     * The memset target's address, for checking its placement ({@link dev.ffijit.bench.BufferPlacement}); -1 where
     * it is not native memory the style controls.
     */
    public long memsetBufferAddress() {
        return -1;
    }

    /** Zeroes the memset target so a check can tell a working memset from a no-op. */
    public abstract void clearMemsetBuffer();

    /**
     * The style class this object benchmarks: its own class, or, in a fork, the style class above
     * JMH's generated subclasses ({@code JnrFfiBench_jmhType} extends ... extends {@code JnrFfiBench}).
     */
    public final Class<? extends CallStyleBenchmark> styleClass() {
        Class<? extends CallStyleBenchmark> c = getClass();
        while (c.getSuperclass() != CallStyleBenchmark.class) {
            c = c.getSuperclass().asSubclass(CallStyleBenchmark.class);
        }
        return c;
    }
}
