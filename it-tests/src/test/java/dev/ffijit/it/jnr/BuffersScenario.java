package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.In;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

/** NIO buffers: direct and heap, positions, array offsets, views, write-back, read-only, NULL. */
public final class BuffersScenario {
    public interface Lib {
        long jit_sum_i8(ByteBuffer b, int n);
        long jit_sum_i16(ShortBuffer b, int n);
        long jit_sum_u16(CharBuffer b, int n);
        long jit_sum_i32(IntBuffer b, int n);
        long jit_sum_i64(LongBuffer b, int n);
        double jit_sum_f32(FloatBuffer b, int n);
        double jit_sum_f64(DoubleBuffer b, int n);
        long jit_sum_any(Buffer b, int n);
        void jit_scale_i8(ByteBuffer b, int n, int k);
        void jit_scale_i32(IntBuffer b, int n, int k);
        void jit_scale_f64(DoubleBuffer b, int n, int k);
        void jit_scale_i8_in(@In ByteBuffer b, int n, int k);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0])
                .map("jit_sum_any", "jit_sum_i8").map("jit_scale_i8_in", "jit_scale_i8").load("jnr_it");
        ByteBuffer direct = ByteBuffer.allocateDirect(16);
        for (int k = 0; k < 16; k++) direct.put(k, (byte) (k * 7));
        ByteBuffer heap = ByteBuffer.wrap(new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0});
        System.out.println("bytes direct " + lib.jit_sum_i8(direct, 8) + " positioned " + lib.jit_sum_i8(direct.position(3), 5)
                + " heap " + lib.jit_sum_i8(heap, 10) + " heap positioned " + lib.jit_sum_i8(heap.position(4), 6)
                + " slice " + lib.jit_sum_i8(heap.position(2).slice(), 4) + " null " + lib.jit_sum_i8(null, 0)
                + " as Buffer " + lib.jit_sum_any(ByteBuffer.wrap(new byte[] {1, 2, 3}, 1, 2), 2));
        IntBuffer ints = ByteBuffer.allocateDirect(32).order(ByteOrder.nativeOrder()).asIntBuffer();
        for (int k = 0; k < 8; k++) ints.put(k, k * 1000 - 3);
        System.out.println("ints direct view " + lib.jit_sum_i32(ints.position(2), 6) + " heap "
                + lib.jit_sum_i32(IntBuffer.wrap(new int[] {5, 6, 7, 8}, 1, 3), 3));
        System.out.println("others " + lib.jit_sum_i16(ShortBuffer.wrap(new short[] {1, -1, 300}), 3)
                + " " + lib.jit_sum_u16(CharBuffer.wrap(new char[] {'a', 0xfffe}), 2)
                + " " + lib.jit_sum_i64(LongBuffer.wrap(new long[] {1L << 50, -9}), 2)
                + " " + lib.jit_sum_f32(FloatBuffer.wrap(new float[] {0.25f, 8f}), 2)
                + " " + lib.jit_sum_f64(DoubleBuffer.wrap(new double[] {0.125, -8e100}), 2));

        ByteBuffer writable = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6});
        writable.position(2).limit(5);
        lib.jit_scale_i8(writable, 3, 10);
        System.out.println("heap write-back " + Arrays.toString(writable.array()));
        ByteBuffer inOnly = ByteBuffer.wrap(new byte[] {1, 2, 3});
        lib.jit_scale_i8_in(inOnly, 3, 10);
        System.out.println("@In heap unchanged " + Arrays.toString(inOnly.array()));
        lib.jit_scale_i8(direct.position(0), 4, 2);
        System.out.println("direct written " + direct.get(0) + " " + direct.get(3));
        int[] backing = {1, 2, 3, 4};
        lib.jit_scale_i32(IntBuffer.wrap(backing, 1, 2), 2, 3);
        System.out.println("int heap write-back " + Arrays.toString(backing));
        double[] dbl = {1, 2, 3};
        lib.jit_scale_f64(DoubleBuffer.wrap(dbl), 3, -1);
        System.out.println("double write-back " + Arrays.toString(dbl));

        try {
            lib.jit_sum_i8(ByteBuffer.wrap(new byte[] {1}).asReadOnlyBuffer(), 1);
            System.out.println("read-only: no exception");
        } catch (RuntimeException e) {
            System.out.println("read-only: " + e);
        }
        try {
            lib.jit_sum_u16(CharBuffer.wrap("text"), 4);
            System.out.println("string-backed CharBuffer: no exception");
        } catch (RuntimeException e) {
            System.out.println("string-backed CharBuffer: " + e);
        }
    }
}
