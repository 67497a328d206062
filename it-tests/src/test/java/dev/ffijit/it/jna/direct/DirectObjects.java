package dev.ffijit.it.jna.direct;

import com.sun.jna.Callback;
import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import dev.ffijit.it.jna.JitLib;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/** A direct-mapped class whose methods need marshalling: the class is rewritten as it loads. */
public final class DirectObjects {
    static {
        Native.register("jna_it");
    }

    private DirectObjects() {}

    // strings
    public static native long jit_strlen(String s);
    public static native int jit_strcmp2(String a, String b);
    public static native String jit_echo(String s);
    public static native String jit_null_string();
    public static native String jit_static_latin1();
    public static native long jit_wcslen(WString s);
    public static native WString jit_wecho(WString s);
    public static native long jit_wchar_at(WString s, int i);
    public static native int jit_bytes(String s, int[] out, int n);

    // pointers and pointer types
    public static native long jit_addr(Pointer p);
    public static native long jit_addr(Memory p);
    public static native Pointer jit_offset(Pointer p, long off);
    public static native Pointer jit_null_pointer();
    public static native void jit_set_i32(Pointer p, int v);
    public static native void jit_set_i32(IntByReference p, int v);
    public static native int jit_get_i32(IntByReference p);
    public static native JitLib.Handle jit_handle(long v);
    public static native long jit_addr(JitLib.Handle h);
    public static native NativeLong jit_long(NativeLong v);
    public static native JitLib.SizeT jit_u64(JitLib.SizeT v);
    public static native JitLib.UInt32 jit_u32(JitLib.UInt32 v);
    public static native long jit_widened(JitLib.UInt16 v);

    // arrays and buffers
    public static native long jit_bytes_sum_inc(byte[] a, int n);
    public static native long jit_shorts_sum_inc(short[] a, int n);
    public static native long jit_chars_sum_inc(char[] a, int n);
    public static native long jit_ints_sum_inc(int[] a, int n);
    public static native long jit_longs_sum_inc(long[] a, int n);
    public static native double jit_floats_sum_inc(float[] a, int n);
    public static native double jit_doubles_sum_inc(double[] a, int n);
    public static native void jit_copy_ints(int[] dst, int[] src, int n);
    public static native long jit_ints_sum_inc(IntBuffer b, int n);
    public static native long jit_bytes_sum_inc(ByteBuffer b, int n);

    // structures
    public static native long jit_simple_sum(JitLib.Simple s);
    public static native void jit_point_move(JitLib.Point p, int dx);
    public static native JitLib.Point jit_point_static();
    public static native JitLib.Point jit_point_null();

    // booleans: direct mapping passes 1 and judges a boolean result on its low byte
    public static native long jit_bool(boolean b);
    public static native boolean jit_ret_i32(int v, String unused);

    // errno
    public static native int jit_set_errno(int e, int ret) throws LastErrorException;
    public static native double jit_set_errno_d(int e, double ret) throws LastErrorException;
    public static native void jit_set_errno_fill(int e, int[] a, int n) throws LastErrorException;
    public static native int jit_set_errno_struct(int e, JitLib.Point p) throws LastErrorException;
    public static native int jit_errno_at_entry() throws LastErrorException;

    // stay on JNA's path
    public interface IntFn extends Callback {
        int apply(int v);
    }

    public static native int jit_call(IntFn f, int v);
    public static native int jit_bools(boolean[] a, int n);
    public static native int jit_point_byval(JitLib.Point.ByValue p);
    public static native long jit_i64(Level v);

    /** A NativeMapped type of the application's own. */
    public enum Level implements com.sun.jna.NativeMapped {
        LOW, HIGH;

        @Override
        public Object fromNative(Object nativeValue, com.sun.jna.FromNativeContext context) {
            return values()[((Long) nativeValue).intValue()];
        }

        @Override
        public Object toNative() { return (long) ordinal() * 1000; }

        @Override
        public Class<?> nativeType() { return Long.class; }
    }

    /** Instance native methods, registered by the constructor (as JNA's own tests do). */
    public static final class Instance {
        public Instance() {
            Native.register(Instance.class, "jna_it");
        }

        public native long jit_strlen(String s);
        public native long jit_i64(long v);
        public native int jit_set_errno(int e, int ret) throws LastErrorException;
    }
}
