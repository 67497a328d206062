package dev.ffijit.it.jna.direct;

import com.sun.jna.Native;

/** A direct-mapped class of primitive functions, registered by name from its static initializer (stack depth). */
public final class DirectPrimitives {
    static {
        Native.register("jna_it");
    }

    private DirectPrimitives() {}

    /** {@code Native.unregister()} finds this class by stack depth. */
    static void unregisterSelf() {
        Native.unregister();
    }

    public static native long jit_i8(byte v);
    public static native long jit_i16(short v);
    public static native long jit_i32(int v);
    public static native long jit_i64(long v);
    public static native long jit_wchar(char v);
    public static native long jit_bool(boolean v);
    public static native double jit_f32(float v);
    public static native double jit_f64(double v);
    public static native long jit_mix(byte a, short b, int c, long d, float e, double f, char g, boolean h);
    public static native double jit_many(long a, double b, int c, float d, long e, double f, int g, float h, long i,
                                         double j, int k, float l, long m, double n, int o, float p, long q, double r,
                                         byte s, short t);
    /** C returns int32: a boolean result keeps the low byte in direct mapping (256 is false). */
    public static native boolean jit_ret_i32(int v);
    public static native byte jit_ret_i32(byte v);
    public static native char jit_ret_i32(char v);
    public static native short jit_ret_i32(short v);
    public static native int jit_ret_i32(int v, int unused);
    public static native long jit_ret_i64(long v);
    public static native float jit_ret_f32(float v);
    public static native double jit_ret_f64(double v);
    public static native void jit_void(int v);
    public static native int jit_set_errno(int e, int ret);
    public static native int jit_errno_at_entry();

    /** Registered through {@code register(NativeLibrary)}: JNA finds the enclosing class with natives by stack depth. */
    public static final class ByLibrary {
        static {
            Native.register(com.sun.jna.NativeLibrary.getInstance("jna_it"));
        }

        private ByLibrary() {}

        public static native long jit_i64(long v);
        public static native int jit_ret_i32(int v, int unused);
    }
}
