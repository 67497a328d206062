package dev.ffijit.demo.lib;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * zlib through JNA interface mapping. zlib's {@code uLong} is a C {@code unsigned long},
 * hence {@link NativeLong}; checksums fit in its low 32 bits.
 */
public interface Zlib extends Library {
    Zlib INSTANCE = Native.load("z", Zlib.class);

    NativeLong crc32(NativeLong crc, byte[] buf, int len);

    /** The same C function, over native memory instead of a Java array. */
    NativeLong crc32(NativeLong crc, Pointer buf, int len);
}
