package dev.ffijit.bench.bindings.jnr;

import jnr.ffi.LibraryLoader;

/** libm through jnr-ffi. */
public interface JnrLibM {
    JnrLibM INSTANCE = LibraryLoader.create(JnrLibM.class).load("m");

    double cos(double x);
}
