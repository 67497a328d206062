package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One JMH invocation through the Runner API: the given benchmark methods, each in its own forks
 * with the given extra JVM arguments, with the GC profiler for bytes per call.
 */
final class JmhRun {
    private final RunSettings settings;
    private final List<String> jvmArgs;
    private final String forkGroup;

    JmhRun(RunSettings settings, List<String> jvmArgs, String forkGroup) {
        this.settings = settings;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.forkGroup = forkGroup;
    }

    /** @param benchmarks fully qualified {@code Class.method} names */
    List<Measurement> run(Collection<String> benchmarks) throws RunnerException {
        if (benchmarks.isEmpty()) {
            return List.of();
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(settings.measurementMillis()))
                .timeUnit(TimeUnit.NANOSECONDS)
                .threads(1)
                .addProfiler(GCProfiler.class)
                // a failing benchmark (e.g. the self-check under the agent) must not hide the others
                .shouldFailOnError(false)
                .jvmArgsAppend(jvmArgs.toArray(String[]::new));
        for (String b : benchmarks) {
            options.include("^" + Pattern.quote(b) + "$");
        }
        List<Measurement> out = new ArrayList<>();
        for (RunResult r : new Runner(options.build()).run()) {
            out.add(toMeasurement(r));
        }
        return out;
    }

    private Measurement toMeasurement(RunResult r) {
        String name = r.getParams().getBenchmark();
        int dot = name.lastIndexOf('.');
        Style style = Style.of(name.substring(0, dot), forkGroup);
        BenchFunction function = BenchFunction.ofMethod(name.substring(dot + 1));
        Result<?> primary = r.getPrimaryResult();
        return new Measurement(function, style, primary.getScore(), primary.getScoreError(),
                primary.getStatistics().getPercentile(50), allocationPerOp(r));
    }

    /** JMH 1.37 calls it "gc.alloc.rate.norm"; older versions prefixed a middle dot. */
    private static double allocationPerOp(RunResult r) {
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                return e.getValue().getScore();
            }
        }
        return Double.NaN;
    }
}
