package dev.ffijit.bench.bindings.jnadirect;

import com.sun.jna.Native;

/** libm through JNA direct mapping. */
public final class DirectLibM {
    static {
        Native.register(DirectLibM.class, "m");
    }

    private DirectLibM() {
    }

    public static native double cos(double x);
}
