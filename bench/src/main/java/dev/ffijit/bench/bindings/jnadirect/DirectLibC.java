package dev.ffijit.bench.bindings.jnadirect;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.ffijit.bench.bindings.jna.Timeval;

/** libc through JNA direct mapping ({@link Native#register}); same Java types as the interface mapping. */
public final class DirectLibC {
    static {
        Native.register(DirectLibC.class, "c");
    }

    private DirectLibC() {
    }

    public static native long labs(long x);

    public static native long strlen(String s);

    public static native long strlen(Pointer s);

    public static native Pointer memset(Pointer s, int c, long n);

    public static native int gettimeofday(Timeval tv, Pointer tz);
}
