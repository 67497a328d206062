package dev.ffijit.bench;

/**
 * Where the native buffers that memset writes are placed: 64-byte aligned, so that no buffer straddles a 4 KiB
 * page. A 64-byte memset split across two pages took 18 ns by hand JNI instead of 9 (JDK 25, AMD EPYC host), and
 * a malloc'd buffer lands that way in a few percent of forks: those forks then timed their style at twice its
 * cost, whichever style drew it.
 */
public final class BufferPlacement {
    public static final int ALIGNMENT = 64;

    private BufferPlacement() {
    }

    /** Bytes to allocate so that an aligned buffer of {@code size} bytes fits inside. */
    public static long paddedSize(long size) {
        return size + ALIGNMENT - 1;
    }

    /** The first aligned address at or after {@code address}. */
    public static long align(long address) {
        return (address + ALIGNMENT - 1) & -(long) ALIGNMENT;
    }

    public static boolean isAligned(long address) {
        return (address & (ALIGNMENT - 1)) == 0;
    }
}
