package dev.ffijit.bench.bindings.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * libc through JNA interface mapping, declared as an ordinary JNA user would: C {@code long} and
 * {@code size_t} as Java {@code long} (LP64), the C return types kept even where callers ignore them.
 */
public interface JnaLibC extends Library {
    JnaLibC INSTANCE = Native.load("c", JnaLibC.class);

    long labs(long x);

    long strlen(String s);

    long strlen(Pointer s);

    Pointer memset(Pointer s, int c, long n);

    int gettimeofday(Timeval tv, Pointer tz);
}
