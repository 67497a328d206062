package dev.ffijit.demo;

import java.util.Locale;

/**
 * The native functions the demo calls, one constant per bound Java method: crc32 is bound
 * three ways (interface with byte[], interface with Pointer, direct with byte[]).
 */
enum NativeFunction {
    /** LibC, interface mapping. */
    STRLEN, STRCMP, STRTOL, CLOCK_GETTIME,
    /** Zlib, interface mapping. */
    CRC32_ARRAY, CRC32_POINTER,
    /** LibCDirect, direct mapping. */
    STRNCMP, MEMCMP, MEMCPY, MEMSET,
    /** ZlibDirect, direct mapping. */
    CRC32_DIRECT, ADLER32_DIRECT;

    /** The name in result lines. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
