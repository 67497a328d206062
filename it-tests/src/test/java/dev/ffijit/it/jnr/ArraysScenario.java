package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

import java.util.Arrays;

/** Primitive arrays: every element type, @In/@Out, NUL termination, NULL, aliasing, arrays beyond scratch size. */
public final class ArraysScenario {
    public interface Lib {
        long jit_sum_i8(byte[] a, int n);
        long jit_sum_i16(short[] a, int n);
        long jit_sum_u16(char[] a, int n);
        long jit_sum_i32(int[] a, int n);
        long jit_sum_i64(long[] a, int n);
        double jit_sum_f32(float[] a, int n);
        double jit_sum_f64(double[] a, int n);
        int jit_byte_at(byte[] a, int i);
        int jit_byte_at_in(@In byte[] a, int i);
        void jit_scale_i8(byte[] a, int n, int k);
        void jit_scale_i16(short[] a, int n, int k);
        void jit_scale_u16(char[] a, int n, int k);
        void jit_scale_i32(int[] a, int n, int k);
        void jit_scale_i64(long[] a, int n, int k);
        void jit_scale_f32(float[] a, int n, int k);
        void jit_scale_f64(double[] a, int n, int k);
        void jit_scale_i32_in(@In int[] a, int n, int k);
        void jit_fill_i32_out(@Out int[] a, int n, int v);
        void jit_fill_u8(@Out byte[] a, int n, int v);
        void jit_double_into(@In int[] in, @Out int[] out, int n);
        void jit_double_into_inout(int[] in, int[] out, int n);
        void jit_scale_boxed(Integer[] a, int n, int k);
        long jit_sum_boxed(Long[] a, int n);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0])
                .map("jit_byte_at_in", "jit_byte_at").map("jit_scale_i32_in", "jit_scale_i32")
                .map("jit_fill_i32_out", "jit_fill_i32").map("jit_double_into_inout", "jit_double_into")
                .map("jit_scale_boxed", "jit_scale_i32").map("jit_sum_boxed", "jit_sum_i64")
                .load("jnr_it");
        byte[] b = {1, -2, 3, 127, -128};
        short[] s = {1, -2, 300, Short.MAX_VALUE, Short.MIN_VALUE};
        char[] c = {1, 2, 0xffff, 0x8000, 'z'};
        int[] i = {1, -2, 70000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        long[] l = {1, -2, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE};
        float[] f = {1.5f, -2.25f, 1e10f, Float.MIN_VALUE, -0f};
        double[] d = {1.5, -2.25, 1e300, Double.MIN_VALUE, -0.0};
        System.out.println("sums " + lib.jit_sum_i8(b, 5) + " " + lib.jit_sum_i16(s, 5) + " " + lib.jit_sum_u16(c, 5)
                + " " + lib.jit_sum_i32(i, 5) + " " + lib.jit_sum_i64(l, 5) + " " + lib.jit_sum_f32(f, 5)
                + " " + lib.jit_sum_f64(d, 5));
        System.out.println("empty " + lib.jit_sum_i32(new int[0], 0) + " null " + lib.jit_sum_i32(null, 0));
        System.out.println("terminator " + lib.jit_byte_at(new byte[] {9, 9, 9}, 3) + " in " + lib.jit_byte_at_in(new byte[] {9, 9}, 2)
                + " empty " + lib.jit_byte_at(new byte[0], 0));

        lib.jit_scale_i8(b, 5, 3);
        lib.jit_scale_i16(s, 5, 3);
        lib.jit_scale_u16(c, 5, 3);
        lib.jit_scale_i32(i, 5, 3);
        lib.jit_scale_i64(l, 5, 3);
        lib.jit_scale_f32(f, 5, 3);
        lib.jit_scale_f64(d, 5, 3);
        System.out.println("scaled " + Arrays.toString(b) + Arrays.toString(s) + Arrays.toString(toInts(c))
                + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d));
        lib.jit_scale_i32(i, 2, 5);
        System.out.println("partial " + Arrays.toString(i));

        int[] in = {4, 5, 6};
        lib.jit_scale_i32_in(in, 3, 10);
        System.out.println("@In unchanged " + Arrays.toString(in));
        int[] out = {-1, -1, -1, -1};
        lib.jit_fill_i32_out(out, 4, 100);
        System.out.println("@Out " + Arrays.toString(out));
        byte[] bytesOut = new byte[6];
        lib.jit_fill_u8(bytesOut, 6, 250);
        System.out.println("@Out bytes " + Arrays.toString(bytesOut));
        int[] target = new int[3];
        lib.jit_double_into(new int[] {1, 2, 3}, target, 3);
        System.out.println("into " + Arrays.toString(target));
        int[] same = {1, 2, 3};
        lib.jit_double_into_inout(same, same, 3);
        System.out.println("aliased in/out (first written back last) " + Arrays.toString(same));

        Integer[] boxed = {1, 2, 3};
        lib.jit_scale_boxed(boxed, 3, 7);
        System.out.println("boxed " + Arrays.toString(boxed) + " sum " + lib.jit_sum_boxed(new Long[] {5L, 6L}, 2));

        int[] big = new int[20000];
        for (int k = 0; k < big.length; k++) big[k] = k;
        lib.jit_scale_i32(big, big.length, 2);
        double[] big2 = new double[3000];
        Arrays.fill(big2, 0.5);
        lib.jit_scale_f64(big2, big2.length, 4);
        System.out.println("big " + big[0] + " " + big[19999] + " " + lib.jit_sum_i32(big, 20) + " " + big2[2999]
                + " " + lib.jit_sum_f64(big2, 10));
        long total = 0;
        for (int k = 0; k < 3000; k++) total += lib.jit_sum_i32(new int[k % 700], k % 700);
        System.out.println("many " + total);
    }

    private static int[] toInts(char[] c) {
        int[] r = new int[c.length];
        for (int k = 0; k < c.length; k++) r[k] = c[k];
        return r;
    }
}
