package dev.ffijit.it.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** Every primitive argument and result, boxed declarations, many arguments; libc and libm as well. */
public final class PrimitivesScenario {
    public interface LibC extends Library {
        long labs(long x);
        int abs(int x);
        int getpid();
        long strlen(String s);
    }

    public interface LibM extends Library {
        double cos(double x);
        double pow(double x, double y);
        float sqrtf(float x);
        double fma(double x, double y, double z);
    }

    public static void main(String[] args) {
        JitLib j = Native.load("jna_it", JitLib.class);
        for (byte b : new byte[] {0, 1, -1, 127, -128}) Out.p("i8 " + b, j.jit_i8(b));
        for (short s : new short[] {0, -1, 32767, -32768}) Out.p("i16 " + s, j.jit_i16(s));
        for (int i : new int[] {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) Out.p("i32 " + i, j.jit_i32(i));
        for (long l : new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE}) Out.p("i64 " + l, j.jit_i64(l));
        for (char c : new char[] {0, 'a', 0x7FFF, 0x8000, 0xFFFF}) Out.p("wchar " + (int) c, j.jit_wchar(c));
        Out.p("bool true", j.jit_bool(true));
        Out.p("bool false", j.jit_bool(false));
        for (float f : new float[] {0f, -1.5f, Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, Float.NEGATIVE_INFINITY}) {
            Out.p("f32 " + f, j.jit_f32(f));
        }
        for (double d : new double[] {0, -0.0, 1e300, Double.MIN_VALUE, Double.NaN}) Out.p("f64 " + d, j.jit_f64(d));
        Out.p("mix", j.jit_mix((byte) -3, (short) -300, -70000, 1L << 40, 2.5f, -3.25, (char) 0xFFFE, true));
        Out.p("many", j.jit_many(1, 2.5, 3, 4.5f, 5, 6.5, 7, 8.5f, 9, 10.5, 11, 12.5f, 13, 14.5, 15, 16.5f, 17, 18.5,
                (byte) -19, (short) -20));
        for (int v : new int[] {0, 1, 256, -256, 0x10000, Integer.MIN_VALUE}) {
            Out.p("ret boolean " + v, j.jit_ret_i32(v));
            Out.p("ret byte " + v, j.jit_ret_i32((byte) v));
            Out.p("ret int " + v, j.jit_ret_i32(v, 0));
            Out.p("ret char " + v, (int) j.jit_ret_i32((char) v));
        }
        Out.p("ret short", j.jit_ret_i64((short) -2));
        Out.p("ret long", j.jit_ret_i64(Long.MIN_VALUE));
        Out.p("ret float", j.jit_ret_f32(-0.0f));
        Out.p("ret double", j.jit_ret_f64(Math.PI));
        j.jit_void(5);
        Out.p("void", "done");
        Out.p("boxed int", j.jit_i32(Integer.valueOf(-9)));
        Out.p("boxed long", j.jit_i64(Long.valueOf(1L << 50)));
        Out.p("boxed double", j.jit_f64(Double.valueOf(0.25)));
        Out.p("boxed bool", j.jit_bool(Boolean.TRUE));
        Out.p("boxed null int", j.jit_i32((Integer) null));
        // a null Double travels as a NULL pointer in an integer register: C reads whatever its float register holds
        j.jit_f64((Double) null);
        Out.p("boxed ret", j.jit_ret_i32(Integer.valueOf(77), null));
        Out.p("boxed ret bool", j.jit_ret_i32(Boolean.FALSE));

        LibC c = Native.load("c", LibC.class);
        Out.p("labs", c.labs(-42));
        Out.p("abs", c.abs(Integer.MIN_VALUE));
        Out.p("getpid > 0", c.getpid() > 0);
        Out.p("strlen", c.strlen("twelve chars"));
        LibM m = Native.load("m", LibM.class);
        Out.p("cos", m.cos(1.0));
        Out.p("pow", m.pow(2, 0.5));
        Out.p("sqrtf", m.sqrtf(2f));
        Out.p("fma", m.fma(1.5, 2.5, 3.5));
        long sum = 0;
        for (int i = 0; i < 20000; i++) sum += j.jit_i64(i) + c.labs(-i); // through the JIT-compiled paths too
        Out.p("loop", sum);
    }
}
