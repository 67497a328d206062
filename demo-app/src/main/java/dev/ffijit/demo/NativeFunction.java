package dev.ffijit.demo;

/** The native functions the demo calls, one constant per bound Java method. */
enum NativeFunction {
    STRLEN("strlen", "LibC (interface)", "String -> NativeLong"),
    STRCMP("strcmp", "LibC (interface)", "String, String -> int"),
    STRTOL("strtol", "LibC (interface)", "Pointer, PointerByReference, int -> NativeLong"),
    CLOCK_GETTIME("clock_gettime", "LibC (interface)", "int, Structure -> int"),
    CRC32_ARRAY("crc32", "Zlib (interface)", "NativeLong, byte[], int -> NativeLong"),
    CRC32_POINTER("crc32", "Zlib (interface)", "NativeLong, Pointer, int -> NativeLong"),
    STRNCMP("strncmp", "LibCDirect (direct)", "String, String, long -> int"),
    MEMCMP("memcmp", "LibCDirect (direct)", "byte[], byte[], long -> int"),
    MEMCPY("memcpy", "LibCDirect (direct)", "Pointer, byte[], long -> Pointer"),
    MEMSET("memset", "LibCDirect (direct)", "Pointer, int, long -> Pointer"),
    CRC32_DIRECT("crc32", "ZlibDirect (direct)", "long, byte[], int -> long"),
    ADLER32_DIRECT("adler32", "ZlibDirect (direct)", "long, byte[], int -> long");

    final String symbol;
    final String binding;
    final String signature;

    NativeFunction(String symbol, String binding, String signature) {
        this.symbol = symbol;
        this.binding = binding;
        this.signature = signature;
    }

    /** A label unique among the constants, for result lines: crc32 is bound three ways. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
