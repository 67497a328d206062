package dev.ffijit.demo.lib;

import com.sun.jna.Native;

/**
 * zlib through JNA direct mapping. {@code uLong} is declared as Java {@code long}, which
 * matches C {@code unsigned long} on LP64 (Linux, macOS); checksums never use the sign bit.
 */
public final class ZlibDirect {
    static {
        Native.register("z");
    }

    private ZlibDirect() {
    }

    public static native long crc32(long crc, byte[] buf, int len);

    public static native long adler32(long adler, byte[] buf, int len);
}
