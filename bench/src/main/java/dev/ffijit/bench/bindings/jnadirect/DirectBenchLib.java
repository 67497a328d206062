package dev.ffijit.bench.bindings.jnadirect;

import com.sun.jna.Native;
import dev.ffijit.bench.NativeLibraries;

/** The benchmark's own C library through JNA direct mapping. */
public final class DirectBenchLib {
    static {
        Native.register(DirectBenchLib.class, NativeLibraries.benchLibrary());
    }

    private DirectBenchLib() {
    }

    public static native long sum6(long a, long b, long c, long d, long e, long f);

    public static native long sum8(int a, long b, int c, long d, int e, long f, int g, long h);
}
