package dev.ffijit.it.jna;

import com.sun.jna.Callback;
import com.sun.jna.IntegerType;
import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.Structure;
import com.sun.jna.Union;
import com.sun.jna.WString;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.DoubleByReference;
import com.sun.jna.ptr.FloatByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.ptr.ShortByReference;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/** it-tests/src/test/c/jna_it.c as a JNA library interface. */
public interface JitLib extends Library {
    // primitives
    long jit_i8(byte v);
    long jit_i16(short v);
    long jit_i32(int v);
    long jit_i64(long v);
    long jit_wchar(char v);
    long jit_bool(boolean v);
    double jit_f32(float v);
    double jit_f64(double v);
    long jit_mix(byte a, short b, int c, long d, float e, double f, char g, boolean h);
    double jit_many(long a, double b, int c, float d, long e, double f, int g, float h, long i, double j,
                    int k, float l, long m, double n, int o, float p, long q, double r, byte s, short t);
    boolean jit_ret_i32(int v);
    byte jit_ret_i32(byte v);
    int jit_ret_i32(int v, int unused);
    short jit_ret_i64(short v);
    char jit_ret_i32(char v);
    long jit_ret_i64(long v);
    float jit_ret_f32(float v);
    double jit_ret_f64(double v);
    void jit_void(int v);
    long jit_i32(Integer boxed);
    long jit_i64(Long boxed);
    double jit_f64(Double boxed);
    long jit_bool(Boolean boxed);
    Integer jit_ret_i32(Integer v, Integer unused);
    Boolean jit_ret_i32(Boolean v);

    // strings
    long jit_strlen(String s);
    int jit_bytes(String s, int[] out, int n);
    int jit_strcmp2(String a, String b);
    String jit_echo(String s);
    Pointer jit_echo(Pointer s);
    String jit_static_latin1();
    String jit_static_utf8();
    String jit_null_string();
    long jit_wcslen(WString s);
    long jit_wchar_at(WString s, int i);
    WString jit_wecho(WString s);
    Pointer jit_strtok(String s, String delim);
    Pointer jit_strtok(Pointer s, String delim);

    // pointers
    long jit_addr(Pointer p);
    Pointer jit_offset(Pointer p, long off);
    Pointer jit_null_pointer();
    void jit_set_i8(ByteByReference p, byte v);
    void jit_set_i16(ShortByReference p, short v);
    void jit_set_i32(IntByReference p, int v);
    void jit_set_i64(LongByReference p, long v);
    void jit_set_f32(FloatByReference p, float v);
    void jit_set_f64(DoubleByReference p, double v);
    void jit_set_long(NativeLongByReference p, NativeLong v);
    void jit_set_ptr(PointerByReference p, Pointer v);
    int jit_get_i32(IntByReference p);
    int jit_get_i32(Pointer p);
    long jit_addr(Handle h);
    Handle jit_handle(long v);

    // integer types
    NativeLong jit_long(NativeLong v);
    SizeT jit_u64(SizeT v);
    UInt32 jit_u32(UInt32 v);
    UInt16 jit_u16(UInt16 v);
    long jit_widened(UInt32 v);
    long jit_widened(UInt16 v);
    long jit_widened(NativeLong v);

    // arrays and buffers
    long jit_bytes_sum_inc(byte[] a, int n);
    long jit_shorts_sum_inc(short[] a, int n);
    long jit_chars_sum_inc(char[] a, int n);
    long jit_ints_sum_inc(int[] a, int n);
    long jit_longs_sum_inc(long[] a, int n);
    double jit_floats_sum_inc(float[] a, int n);
    double jit_doubles_sum_inc(double[] a, int n);
    void jit_copy_ints(int[] dst, int[] src, int n);
    long jit_bytes_sum_inc(ByteBuffer b, int n);
    long jit_ints_sum_inc(IntBuffer b, int n);
    long jit_bytes_sum_inc(Buffer b, int n);
    long jit_addr(ByteBuffer b);

    // structures
    long jit_simple_sum(Simple s);
    long jit_nested_touch(Nested n);
    Point jit_point_static();
    Point jit_point_null();
    Point.ByReference jit_point_static(int unused);
    void jit_point_move(Point p, int dx);
    void jit_point_move(Point.ByReference p, int dx);
    int jit_points_sum(Point[] p, int n);
    int jit_time_fill(Time t, Pointer unused);
    long jit_ntime_bump(NTime t);

    // errno
    int jit_set_errno(int e, int ret) throws LastErrorException;
    double jit_set_errno_d(int e, double ret) throws LastErrorException;
    int jit_errno_at_entry() throws LastErrorException;
    void jit_set_errno_fill(int e, int[] a, int n) throws LastErrorException;
    int jit_set_errno_struct(int e, Point p) throws LastErrorException;

    /** A HANDLE-like PointerType. */
    class Handle extends PointerType {
        public Handle() {}
        public Handle(Pointer p) { super(p); }
    }

    /** size_t as JNA users define it. */
    class SizeT extends IntegerType {
        public SizeT() { this(0); }
        public SizeT(long v) { super(8, v, true); }
    }

    class UInt32 extends IntegerType {
        public UInt32() { this(0); }
        public UInt32(long v) { super(4, v, true); }
    }

    class UInt16 extends IntegerType {
        public UInt16() { this(0); }
        public UInt16(long v) { super(2, v, true); }
    }

    @Structure.FieldOrder({"i", "l", "d", "b", "s", "f", "flag", "c"})
    class Simple extends Structure {
        public int i;
        public long l;
        public double d;
        public byte b;
        public short s;
        public float f;
        public boolean flag;
        public char c;

        @Override
        public String toString() {
            return "Simple{i=" + i + " l=" + l + " d=" + d + " b=" + b + " s=" + s + " f=" + f + " flag=" + flag
                    + " c=" + (int) c + "}";
        }
    }

    /** A field JNA never writes (volatile) and one C writes. */
    @Structure.FieldOrder({"x", "y"})
    class Point extends Structure {
        public int x;
        public volatile int y;

        public Point() {}
        public Point(Pointer p) { super(p); }

        public static class ByReference extends Point implements Structure.ByReference {}
        public static class ByValue extends Point implements Structure.ByValue {}

        @Override
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    class Number extends Union {
        public int i;
        public float f;
        public long l;
    }

    @Structure.FieldOrder({"origin", "counts", "n", "name", "next"})
    class Nested extends Structure {
        public Point origin = new Point();
        public int[] counts = new int[4];
        public Number n = new Number();
        public byte[] name = new byte[8];
        public Point.ByReference next;
    }

    @Structure.FieldOrder({"sec", "usec"})
    class Time extends Structure {
        public long sec;
        public long usec;
    }

    /** IntegerType fields: JNA converts each through its NativeMappedConverter. */
    @Structure.FieldOrder({"sec", "usec", "u", "s"})
    class NTime extends Structure {
        public NativeLong sec;
        public NativeLong usec;
        public UInt32 u;
        public Int16 s;

        @Override
        public String toString() {
            return "NTime[" + sec + " " + usec + " " + u + " " + s + " " + (u == null ? "-" : u.getClass().getSimpleName()) + "]";
        }
    }

    class Int16 extends IntegerType {
        public Int16() { this(0); }
        public Int16(long v) { super(2, v, false); }
    }

    /** Its toNative() is not its value: JNA writes what toNative() says. */
    class OffByOne extends NativeLong {
        public OffByOne() { this(0); }
        public OffByOne(long v) { super(v); }
        @Override public Object toNative() { return longValue() + 1; }
    }

    /** For scenarios that check the callback fallback. */
    interface Visitor extends Callback {
        int visit(int v);
    }
}
