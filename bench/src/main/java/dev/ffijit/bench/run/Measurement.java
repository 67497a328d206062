package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;

/**
 * One cell of the report.
 *
 * @param nsPerOp    mean time per call
 * @param nsError    half-width of JMH's 99.9% confidence interval; NaN with too few samples
 * @param nsMedian   median of all measurement iterations of all forks: on a shared machine a burst of steal time
 *                   moves the mean of a few one-second iterations by several times, the median hardly
 * @param bytesPerOp allocation per call (gc.alloc.rate.norm); NaN if the GC profiler gave none
 */
public record Measurement(BenchFunction function, Style style, double nsPerOp, double nsError, double nsMedian,
                          double bytesPerOp) {
}
