package dev.ffijit.bench.bindings.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.Out;
import jnr.ffi.types.size_t;

/** libc through jnr-ffi, declared the way jnr-posix and jnr's examples do. */
public interface JnrLibC {
    JnrLibC INSTANCE = LibraryLoader.create(JnrLibC.class).load("c");

    long labs(long x);

    @size_t long strlen(String s);

    @size_t long strlen(Pointer s);

    Pointer memset(Pointer s, int c, @size_t long n);

    /** {@code @Out}: the struct is only written by C, so jnr need not copy it in first. */
    int gettimeofday(@Out JnrTimeval tv, Pointer tz);
}
