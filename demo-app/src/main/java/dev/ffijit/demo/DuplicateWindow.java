package dev.ffijit.demo;

import dev.ffijit.demo.lib.LibCDirect;
import dev.ffijit.demo.lib.ZlibDirect;

/**
 * Finds payloads equal to one of the last {@link #SIZE} payloads: adler32 (cheap, weak) picks
 * the candidates and memcmp confirms them, as a deduplicating writer would.
 */
final class DuplicateWindow {
    static final int SIZE = 64;

    private final long[] hashes = new long[SIZE];
    private final byte[][] payloads = new byte[SIZE][];
    private final CallCounter calls;
    private int filled;
    private int next;

    DuplicateWindow(CallCounter calls) {
        this.calls = calls;
    }

    /** Tells whether {@code data} repeats a recent payload, then remembers it. */
    boolean checkAndAdd(byte[] data) {
        long hash = ZlibDirect.adler32(1L, data, data.length);
        calls.count(NativeFunction.ADLER32_DIRECT);
        boolean duplicate = false;
        for (int i = 0; i < filled && !duplicate; i++) {
            byte[] candidate = payloads[i];
            if (hashes[i] == hash && candidate.length == data.length) {
                calls.count(NativeFunction.MEMCMP);
                duplicate = LibCDirect.memcmp(data, candidate, data.length) == 0;
            }
        }
        hashes[next] = hash;
        payloads[next] = data;
        next = (next + 1) % SIZE;
        filled = Math.max(filled, next == 0 ? SIZE : next);
        return duplicate;
    }
}
