package dev.ffijit.demo;

/**
 * The SplitMix64 generator, spelled out here rather than taken from java.util so that the
 * synthetic stream is bit-for-bit the same on every JDK version.
 */
final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform enough in [0, bound) for test data; the modulo bias does not matter here. */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    void nextBytes(byte[] out, int from, int to) {
        int i = from;
        while (i < to) {
            long bits = nextLong();
            for (int b = 0; b < 8 && i < to; b++, bits >>>= 8) {
                out[i++] = (byte) bits;
            }
        }
    }
}
