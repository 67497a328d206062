package dev.ffijit.bench.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffijit.bench.BufferPlacement;
import dev.ffijit.bench.check.BenchFunction;
import dev.ffijit.bench.check.KnownDefect;
import dev.ffijit.bench.check.SelfCheck;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every benchmark method of every call style returns the right value: the numbers the harness
 * reports are for correct calls. Runs the exact methods JMH measures, on the same inputs.
 */
class CallStylesTest {
    private static final Set<BenchFunction> ALL = EnumSet.allOf(BenchFunction.class);

    static List<Class<? extends CallStyleBenchmark>> styleClasses() throws ClassNotFoundException {
        List<Class<? extends CallStyleBenchmark>> classes = new ArrayList<>(List.of(
                PureJavaBench.class, JniBench.class, JniJnaTypesBench.class, JnaInterfaceBench.class, JnaDirectBench.class, JnrFfiBench.class));
        if (Runtime.version().feature() >= 22) {
            // compiled only by JDK 22+ builds, which is what runs these tests then
            classes.add(Class.forName("dev.ffijit.bench.styles.FfmBench").asSubclass(CallStyleBenchmark.class));
        }
        return classes;
    }

    @TestFactory
    Stream<DynamicContainer> everyBenchmarkMethodReturnsTheRightValue() throws Exception {
        List<DynamicContainer> containers = new ArrayList<>();
        for (Class<? extends CallStyleBenchmark> style : styleClasses()) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Method m : SelfCheck.benchmarkMethods(style)) {
                BenchFunction f = BenchFunction.ofMethod(m.getName());
                tests.add(DynamicTest.dynamicTest(f.label(), () -> checkOne(style, f)));
            }
            containers.add(DynamicContainer.dynamicContainer(style.getSimpleName(), tests));
        }
        return containers.stream();
    }

    private static void checkOne(Class<? extends CallStyleBenchmark> style, BenchFunction f) throws Exception {
        CallStyleBenchmark bench = style.getConstructor().newInstance();
        bench.prepare();
        try {
            if (KnownDefect.find(style, f).isPresent()) {
                // still broken upstream? If this fails, the defect is gone: remove it from KnownDefect
                assertThrows(AssertionError.class, () -> SelfCheck.verify(bench, f),
                        "known defect no longer reproduces: " + KnownDefect.find(style, f).get().description());
            } else {
                SelfCheck.verify(bench, f);
            }
            // a second call with the same state must be right too (reused buffers, structures)
            if (KnownDefect.find(style, f).isEmpty()) {
                SelfCheck.verify(bench, f);
            }
        } finally {
            bench.release();
        }
    }

    @Test
    void everyNativeStyleMeasuresEveryFunction() throws Exception {
        for (Class<? extends CallStyleBenchmark> style : styleClasses()) {
            Set<BenchFunction> measured = EnumSet.noneOf(BenchFunction.class);
            SelfCheck.benchmarkMethods(style).forEach(m -> measured.add(BenchFunction.ofMethod(m.getName())));
            Set<BenchFunction> expected = EnumSet.copyOf(ALL);
            if (style == PureJavaBench.class) {
                expected.remove(BenchFunction.STRLEN_POINTER); // Java has no C string in native memory
            }
            if (style == JniJnaTypesBench.class) {
                // only where a JNA signature has a Pointer: elsewhere it would be JniBench's code
                expected = EnumSet.of(BenchFunction.STRLEN_POINTER, BenchFunction.MEMSET);
            }
            assertEquals(expected, measured, style.getSimpleName());
        }
    }

    /** A buffer across a page boundary makes memset twice as slow: no style may draw one (BufferPlacement). */
    @Test
    void everyNativeMemsetBufferIsAligned() throws Exception {
        for (Class<? extends CallStyleBenchmark> style : styleClasses()) {
            if (style == PureJavaBench.class) {
                continue; // a Java array: the heap places it
            }
            CallStyleBenchmark bench = style.getConstructor().newInstance();
            bench.prepare();
            try {
                long address = bench.memsetBufferAddress();
                assertTrue(address > 0 && BufferPlacement.isAligned(address),
                        style.getSimpleName() + ": memset buffer at 0x" + Long.toHexString(address));
            } finally {
                bench.release();
            }
        }
    }

    @Test
    void alignmentRoundsUpWithinThePaddedBlock() {
        assertEquals(0x1000, BufferPlacement.align(0x1000));
        assertEquals(0x1040, BufferPlacement.align(0x1001));
        assertEquals(0x1040, BufferPlacement.align(0x103f));
        long block = 0x7f00_0000_0fe8L; // a 16-byte aligned malloc result 24 bytes before a page end
        long aligned = BufferPlacement.align(block);
        assertTrue(aligned + 64 <= block + BufferPlacement.paddedSize(64));
        assertEquals(aligned >>> 12, (aligned + 63) >>> 12, "the 64 bytes share one page");
    }

    @Test
    void ffmIsBuiltOnJdk22AndLater() {
        if (Runtime.version().feature() >= 22) {
            assertTrue(isOnClassPath("dev.ffijit.bench.styles.FfmBench"),
                    "a JDK 22+ build must contain the FFM benchmarks (maven profile 'ffm')");
        }
    }

    private static boolean isOnClassPath(String name) {
        try {
            Class.forName(name, false, CallStylesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
