package dev.ffijit.demo;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts native calls per function. The counts are part of the results: they are
 * deterministic, and they turn elapsed time into calls per second.
 */
final class CallCounter {
    private final long[] counts = new long[NativeFunction.values().length];

    void count(NativeFunction function) {
        counts[function.ordinal()]++;
    }

    long get(NativeFunction function) {
        return counts[function.ordinal()];
    }

    long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    Map<NativeFunction, Long> snapshot() {
        Map<NativeFunction, Long> map = new EnumMap<>(NativeFunction.class);
        for (NativeFunction f : NativeFunction.values()) {
            map.put(f, get(f));
        }
        return map;
    }
}
