package dev.ffijit.bench.bindings.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.ffijit.bench.NativeLibraries;

/** The benchmark's own C library through JNA interface mapping. */
public interface JnaBenchLib extends Library {
    JnaBenchLib INSTANCE = Native.load(NativeLibraries.benchLibrary(), JnaBenchLib.class);

    long sum6(long a, long b, long c, long d, long e, long f);

    long sum8(int a, long b, int c, long d, int e, long f, int g, long h);
}
