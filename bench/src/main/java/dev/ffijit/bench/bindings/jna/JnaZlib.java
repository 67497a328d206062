package dev.ffijit.bench.bindings.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * zlib through JNA interface mapping. {@code uLong} is a Java {@code long} (LP64), and the data is a
 * plain {@code byte[]}, which JNA copies to native memory and back on every call.
 */
public interface JnaZlib extends Library {
    /**
     * By soname, the name the JNI glue links against. Given "z", JNA takes the first libz.so on its
     * search path, which on a JDK with its own bundled zlib is a second, different zlib from the
     * one every other style calls.
     */
    String NAME = "libz.so.1";

    JnaZlib INSTANCE = Native.load(NAME, JnaZlib.class);

    long crc32(long crc, byte[] buf, int len);
}
