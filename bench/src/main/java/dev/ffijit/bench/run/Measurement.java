package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;

/**
 * One cell of the report.
 *
 * @param nsPerOp    mean time per call
 * @param nsError    half-width of JMH's 99.9% confidence interval; NaN with too few samples
 * @param bytesPerOp allocation per call (gc.alloc.rate.norm); NaN if the GC profiler gave none
 */
public record Measurement(BenchFunction function, Style style, double nsPerOp, double nsError, double bytesPerOp) {
}
