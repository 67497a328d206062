package dev.ffijit.demo;

import dev.ffijit.demo.lib.LibC;
import dev.ffijit.demo.lib.Timespec;

/**
 * Reads the monotonic clock through clock_gettime into a {@link Timespec} once per block,
 * and keeps how long the blocks took. The durations are timing, never results; what is a
 * result is whether every reading succeeded and never went backwards.
 */
final class ClockSampler {
    private final Timespec time = new Timespec();
    private final CallCounter calls;
    private long samples;
    private boolean sane = true;
    private long last = -1;
    private long minNanos = Long.MAX_VALUE;
    private long maxNanos;
    private long sumNanos;

    ClockSampler(CallCounter calls) {
        this.calls = calls;
    }

    void sample() {
        calls.count(NativeFunction.CLOCK_GETTIME);
        int rc = LibC.INSTANCE.clock_gettime(LibC.CLOCK_MONOTONIC, time);
        long now = time.toNanos();
        samples++;
        if (rc != 0 || now <= 0 || now < last) {
            sane = false;
        }
        if (last >= 0) {
            long took = now - last;
            minNanos = Math.min(minNanos, took);
            maxNanos = Math.max(maxNanos, took);
            sumNanos += took;
        }
        last = now;
    }

    long samples() {
        return samples;
    }

    boolean sane() {
        return sane;
    }

    /** Block durations in microseconds, or a note that there were none. */
    String durationsMicros() {
        long intervals = samples - 1;
        if (intervals < 1) {
            return "n/a";
        }
        return String.format(java.util.Locale.ROOT, "min=%.1f mean=%.1f max=%.1f",
                minNanos / 1e3, sumNanos / 1e3 / intervals, maxNanos / 1e3);
    }
}
