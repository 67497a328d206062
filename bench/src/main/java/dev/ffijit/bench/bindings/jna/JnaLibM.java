package dev.ffijit.bench.bindings.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** libm through JNA interface mapping (cos is not in libc proper on Linux). */
public interface JnaLibM extends Library {
    JnaLibM INSTANCE = Native.load("m", JnaLibM.class);

    double cos(double x);
}
