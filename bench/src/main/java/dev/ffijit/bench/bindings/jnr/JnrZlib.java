package dev.ffijit.bench.bindings.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.In;

/**
 * zlib through jnr-ffi. The data stays a Java {@code byte[]} as in the other styles; {@code @In}
 * is what jnr's documentation asks for on read-only arrays (no copy back after the call). An app
 * that already had the bytes in native memory would pass a Pointer instead, which is the
 * strlen(Pointer)/memset case.
 */
public interface JnrZlib {
    JnrZlib INSTANCE = LibraryLoader.create(JnrZlib.class).load("z");

    long crc32(long crc, @In byte[] buf, int len);
}
