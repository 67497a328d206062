package dev.ffijit.bench.check;

import dev.ffijit.bench.styles.CallStyleBenchmark;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Calls a style's benchmark method once and checks the result. Used by the tests and at the start
 * of every benchmark fork, so timings are only reported for calls known to be right (in particular
 * the ones the ffijit agent redirected).
 */
public final class SelfCheck {
    private SelfCheck() {
    }

    /** The {@code @Benchmark} methods of a style class, in {@link BenchFunction} order. */
    public static List<Method> benchmarkMethods(Class<?> styleClass) {
        List<Method> methods = new ArrayList<>();
        for (Method m : styleClass.getMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(m -> BenchFunction.ofMethod(m.getName())));
        return methods;
    }

    /** Checks one function; {@code bench} must be prepared. Throws AssertionError on a wrong result. */
    public static void verify(CallStyleBenchmark bench, BenchFunction function) {
        Method method;
        try {
            method = bench.getClass().getMethod(function.methodName());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(bench.styleClass().getSimpleName() + " does not measure " + function.label(), e);
        }
        function.prepare(bench);
        Object result;
        try {
            result = method.invoke(bench);
        } catch (InvocationTargetException e) {
            throw new AssertionError(bench.styleClass().getSimpleName() + "." + method.getName() + " threw", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        try {
            function.check(result, bench);
        } catch (AssertionError e) {
            throw new AssertionError(bench.styleClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The check a benchmark fork makes before measuring: like {@link #verify(CallStyleBenchmark, BenchFunction)},
     * but a {@link KnownDefect} only warns when the fork was started with {@link KnownDefect#TOLERATE_PROPERTY}
     * and without the agent setting that fixes it.
     */
    public static void verifyInFork(CallStyleBenchmark bench, BenchFunction function) {
        try {
            verify(bench, function);
        } catch (AssertionError e) {
            Optional<KnownDefect> known = KnownDefect.find(bench.styleClass(), function);
            if (known.isEmpty() || !Boolean.getBoolean(KnownDefect.TOLERATE_PROPERTY) || known.get().fixedInThisJvm()) {
                throw e;
            }
            System.err.println("ffijit bench: known defect, timing it anyway: " + known.get().description()
                    + ": " + e.getMessage());
        }
    }
}
