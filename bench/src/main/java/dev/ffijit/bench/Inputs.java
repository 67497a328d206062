package dev.ffijit.bench;

import java.nio.charset.StandardCharsets;

/**
 * The arguments every call style passes, so all rows of a function do the same work.
 * Benchmarks copy them into non-final fields: constants would let the JIT fold the pure-Java rows.
 */
public final class Inputs {
    public static final long LABS_ARG = -123_456_789_012L;
    public static final double COS_ARG = 0.75;

    /** ASCII on purpose: JNA, jnr-ffi and JNI's modified UTF-8 then all produce the same bytes. */
    public static final String TEXT = "ffijit: strlen of a short ASCII string";
    public static final long TEXT_UTF8_LENGTH = TEXT.getBytes(StandardCharsets.UTF_8).length;

    /** Size of the native buffer used by memset and strlen(Pointer), and of crc32's input. */
    public static final int BUFFER_SIZE = 64;
    public static final int MEMSET_VALUE = 0x5A;

    public static final long[] SUM6_ARGS = {1L << 40, -3, 5_000_000_000L, -7, 11, -(1L << 33)};
    /** sum8(int, long, int, long, int, long, int, long): negative ints catch a missing sign extension. */
    public static final int[] SUM8_INTS = {-1, Integer.MIN_VALUE, 123_456, -7};
    public static final long[] SUM8_LONGS = {1L << 35, -(1L << 41), 99, Long.MAX_VALUE / 4};

    private Inputs() {
    }

    /** A deterministic, non-uniform 64-byte block for crc32. */
    public static byte[] crcBytes() {
        byte[] b = new byte[BUFFER_SIZE];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 37 + 11);
        }
        return b;
    }

    /** TEXT as a NUL-terminated C string. */
    public static byte[] textCString() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] c = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, c, 0, utf8.length);
        return c;
    }
}
