package dev.ffijit.bench.run;

/** JMH iteration settings of a run. */
public record RunSettings(String mode, int forks, int warmupIterations, int warmupMillis,
                          int measurementIterations, int measurementMillis) {

    /** For CI: every row, few samples; numbers are indicative only. */
    public static RunSettings quick() {
        return new RunSettings("quick", 1, 2, 300, 3, 200);
    }

    /** For the README: several forks, since a 2-core machine is noisy from one JVM to the next. */
    public static RunSettings full() {
        return new RunSettings("full", 3, 3, 1000, 5, 1000);
    }

    public RunSettings withForks(int n) {
        return new RunSettings(mode, n, warmupIterations, warmupMillis, measurementIterations, measurementMillis);
    }

    public RunSettings withWarmupIterations(int n) {
        return new RunSettings(mode, forks, n, warmupMillis, measurementIterations, measurementMillis);
    }

    public RunSettings withMeasurementIterations(int n) {
        return new RunSettings(mode, forks, warmupIterations, warmupMillis, n, measurementMillis);
    }

    public RunSettings withIterationMillis(int ms) {
        return new RunSettings(mode, forks, warmupIterations, ms, measurementIterations, ms);
    }

    public String describe() {
        return String.format("%d fork%s × (%d × %d ms warm-up + %d × %d ms measurement), average time",
                forks, forks == 1 ? "" : "s", warmupIterations, warmupMillis, measurementIterations, measurementMillis);
    }

    /** Rough seconds per benchmark, for the start-up estimate (JVM start and library loading included). */
    double secondsPerBenchmark() {
        return forks * (1.5 + (warmupIterations * warmupMillis + measurementIterations * measurementMillis) / 1000.0);
    }
}
