package dev.ffijit.bench.bindings.jnr;

import dev.ffijit.bench.NativeLibraries;
import jnr.ffi.LibraryLoader;

/**
 * The benchmark's own C library through jnr-ffi. sum8 has eight integer parameters, more than
 * jnr's x86_64 stub compiler takes (six), so jnr calls it through its generic libffi path.
 */
public interface JnrBenchLib {
    JnrBenchLib INSTANCE = LibraryLoader.create(JnrBenchLib.class).load(NativeLibraries.benchLibrary());

    long sum6(long a, long b, long c, long d, long e, long f);

    long sum8(int a, long b, int c, long d, int e, long f, int g, long h);
}
