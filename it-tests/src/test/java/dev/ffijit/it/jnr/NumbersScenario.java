package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.NativeLong;
import jnr.ffi.types.int16_t;
import jnr.ffi.types.int32_t;
import jnr.ffi.types.int8_t;
import jnr.ffi.types.u_int16_t;
import jnr.ffi.types.u_int32_t;
import jnr.ffi.types.u_int64_t;
import jnr.ffi.types.u_int8_t;

/**
 * Numbers: more arguments than registers, every integer width and signedness in both directions, Java types
 * wider and narrower than the C type, NativeLong and long as the C long.
 */
public final class NumbersScenario {
    public interface Lib {
        long jit_sum8(int a, int b, int c, int d, int e, int f, int g, int h);
        double jit_widths(byte a, @u_int8_t byte b, short c, @u_int16_t short d, int e, @u_int32_t int f, long g,
                          @u_int64_t long h, float i, double j);
        double jit_widths_wide(@int8_t int a, @u_int8_t int b, @int16_t int c, @u_int16_t int d, @int32_t long e,
                               @u_int32_t long f, long g, @u_int64_t long h, float i, double j);
        double jit_widths_bool(boolean a, boolean b, boolean c, boolean d, boolean e, boolean f, long g, long h,
                               float i, double j);
        double jit_mix12(int a, double b, int c, double d, int e, double f, int g, double h, int i, double j, int k, int l);
        long jit_long_sum7(long a, long b, long c, long d, long e, long f, long g);
        NativeLong jit_long_sum7_native(NativeLong a, NativeLong b, NativeLong c, NativeLong d, NativeLong e,
                                        NativeLong f, NativeLong g);
        NativeLong jit_long_len(String s, NativeLong extra);
        int jit_ret_i32(String s, int v);
        boolean jit_ret_i32_bool(String s, int v);
        byte jit_ret_i32_byte(String s, int v);
        long jit_ret_i32_long(String s, int v);
        @u_int32_t long jit_ret_u32(String s, @u_int32_t int v);
        @u_int32_t int jit_ret_u32_int(String s, int v);
        @u_int8_t int jit_ret_u8(String s, int v);
        @u_int8_t boolean jit_ret_u8_bool(String s, int v);
        byte jit_ret_i8(String s, int v);
        @u_int16_t int jit_ret_u16(String s, int v);
        @u_int16_t short jit_ret_u16_short(String s, int v);
        long jit_ret_i64(String s, long v);
        int jit_ret_i64_int(String s, long v);
        float jit_ret_f32(String s, float v);
        double jit_ret_f64(String s, double v);
        @int32_t int jit_ret_i32_bool_arg(String s, boolean v);
        long jit_boxed(String s, Byte a, Short b, Integer c, Long d, Boolean e, Float f, Double g, jnr.ffi.Address h);
        long jit_address(String s, byte a, short b, int c, long d, boolean e, float f, double g, jnr.ffi.Address h);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0])
                .map("jit_widths_wide", "jit_widths").map("jit_widths_bool", "jit_widths")
                .map("jit_long_sum7_native", "jit_long_sum7")
                .map("jit_ret_i32_bool", "jit_ret_i32").map("jit_ret_i32_byte", "jit_ret_i32")
                .map("jit_ret_i32_long", "jit_ret_i32").map("jit_ret_u32_int", "jit_ret_u32")
                .map("jit_ret_u8_bool", "jit_ret_u8").map("jit_ret_u16_short", "jit_ret_u16")
                .map("jit_ret_i64_int", "jit_ret_i64").map("jit_address", "jit_boxed").map("jit_ret_i32_bool_arg", "jit_ret_i32")
                .load("jnr_it");
        System.out.println("sum8 " + lib.jit_sum8(1, -2, 3, -4, 5, -6, 7, Integer.MIN_VALUE));
        System.out.println("sum8 max " + lib.jit_sum8(Integer.MAX_VALUE, 0, 0, 0, 0, 0, 0, Integer.MAX_VALUE));
        long[] wide = {-1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x1_0000, 0x7fff_ffffL, 0x8000_0000L,
                0xffff_ffffL, 0x1_0000_0000L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : wide) {
            System.out.println("widths " + v + ": " + lib.jit_widths((byte) v, (byte) v, (short) v, (short) v, (int) v,
                    (int) v, v, v, (float) v, (double) v)
                    + " wide " + lib.jit_widths_wide((int) v, (int) v, (int) v, (int) v, v, v, v, v, 0.5f, -0.5));
        }
        System.out.println("bools " + lib.jit_widths_bool(true, false, true, true, false, true, 3, 4, 1f, 2));
        System.out.println("mix12 " + lib.jit_mix12(1, 0.5, -2, 1e10, 3, -0.25, 4, 7.75, 5, 1e-3, 6, -7));
        System.out.println("long7 " + lib.jit_long_sum7(1, 2, 3, 4, 5, 6, Long.MIN_VALUE / 4));
        System.out.println("native long7 " + lib.jit_long_sum7_native(nl(1), nl(2), nl(3), nl(4), nl(5), nl(6), nl(-1L << 40)));
        System.out.println("native long len " + lib.jit_long_len("abcd", nl(Long.MAX_VALUE - 10)));
        try {
            lib.jit_long_len("abcd", null);
            System.out.println("null NativeLong: no exception");
        } catch (RuntimeException e) {
            System.out.println("null NativeLong: " + e);
        }
        int[] ints = {0, 1, -1, 255, 256, 0x1ff, 0xffff, 0x10000, 0x8000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : ints) {
            System.out.println("ret " + v + ": i32 " + lib.jit_ret_i32("", v) + " bool " + lib.jit_ret_i32_bool("", v)
                    + " byte " + lib.jit_ret_i32_byte("", v) + " long " + lib.jit_ret_i32_long("", v)
                    + " u32 " + lib.jit_ret_u32("", v) + " u32int " + lib.jit_ret_u32_int("", v)
                    + " u8 " + lib.jit_ret_u8("", v) + " u8bool " + lib.jit_ret_u8_bool("", v)
                    + " i8 " + lib.jit_ret_i8("", v) + " u16 " + lib.jit_ret_u16("", v)
                    + " u16short " + lib.jit_ret_u16_short("", v) + " i64int " + lib.jit_ret_i64_int("", v * 0x1_0000_0001L));
        }
        System.out.println("i64 " + lib.jit_ret_i64("", Long.MIN_VALUE) + " f32 " + lib.jit_ret_f32("", 1.25f)
                + " f64 " + lib.jit_ret_f64("", -3.0) + " bool arg " + lib.jit_ret_i32_bool_arg("", true)
                + " " + lib.jit_ret_i32_bool_arg("", false));
        System.out.println("boxed " + lib.jit_boxed("", (byte) -3, (short) 300, 70000, 1L << 40, true, 2.5f, -0.125,
                jnr.ffi.Address.valueOf(16)) + " " + lib.jit_boxed("", (byte) 1, (short) 1, 1, 1L, false, 0f, 0d, null));
        System.out.println("address " + lib.jit_address("", (byte) 2, (short) 3, 4, 5L, true, 1.5f, 2.5,
                jnr.ffi.Address.valueOf(1)) + " null " + lib.jit_address("", (byte) 2, (short) 3, 4, 5L, true, 1.5f, 2.5, null));
        Object[][] nulls = {{null, (short) 1, 1, 1L, true, 1f, 1d}, {(byte) 1, (short) 1, null, 1L, true, 1f, 1d},
                {(byte) 1, (short) 1, 1, null, true, 1f, 1d}, {(byte) 1, (short) 1, 1, 1L, null, 1f, 1d},
                {(byte) 1, (short) 1, 1, 1L, true, null, 1d}, {(byte) 1, (short) 1, 1, 1L, true, 1f, null}};
        for (Object[] n : nulls) {
            try {
                lib.jit_boxed("", (Byte) n[0], (Short) n[1], (Integer) n[2], (Long) n[3], (Boolean) n[4], (Float) n[5],
                        (Double) n[6], null);
                System.out.println("null boxed: no exception");
            } catch (RuntimeException e) {
                System.out.println("null boxed: " + e);
            }
        }
    }

    private static NativeLong nl(long v) {
        return NativeLong.valueOf(v);
    }
}
