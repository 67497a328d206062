package dev.ffijit.it.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;

/** Primitive arrays (copied in and back), null, empty, large and aliased arrays; direct and heap NIO buffers. */
public final class ArraysScenario {
    public static void main(String[] args) {
        JitLib j = Native.load("jna_it", JitLib.class);
        byte[] b = {1, -2, 127, -128};
        Out.p("bytes", j.jit_bytes_sum_inc(b, b.length) + " " + Arrays.toString(b));
        short[] s = {1, -2, Short.MAX_VALUE};
        Out.p("shorts", j.jit_shorts_sum_inc(s, s.length) + " " + Arrays.toString(s));
        char[] c = {'a', 0xFFFF, 0x8000};
        Out.p("chars", j.jit_chars_sum_inc(c, c.length) + " " + Arrays.toString(toInts(c)));
        int[] i = {1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        Out.p("ints", j.jit_ints_sum_inc(i, i.length) + " " + Arrays.toString(i));
        long[] l = {Long.MAX_VALUE, -5};
        Out.p("longs", j.jit_longs_sum_inc(l, l.length) + " " + Arrays.toString(l));
        float[] f = {0.5f, -1.25f};
        Out.p("floats", j.jit_floats_sum_inc(f, f.length) + " " + Arrays.toString(f));
        double[] d = {1e10, -0.125};
        Out.p("doubles", j.jit_doubles_sum_inc(d, d.length) + " " + Arrays.toString(d));
        Out.p("null array", j.jit_ints_sum_inc((int[]) null, 0));
        Out.p("empty array", j.jit_ints_sum_inc(new int[0], 0));
        int[] part = {10, 20, 30, 40};
        Out.p("partial", j.jit_ints_sum_inc(part, 2) + " " + Arrays.toString(part));

        int[] big = new int[100_000];
        for (int k = 0; k < big.length; k++) big[k] = k;
        Out.p("large ints", j.jit_ints_sum_inc(big, big.length) + " " + big[0] + " " + big[99_999]);
        double[] bigd = new double[50_000];
        Arrays.fill(bigd, 0.5);
        Out.p("large doubles", j.jit_doubles_sum_inc(bigd, bigd.length) + " " + bigd[49_999]);
        byte[] many = new byte[70_000];
        Out.p("large bytes", j.jit_bytes_sum_inc(many, many.length) + " " + many[69_999]);

        int[] alias = {1, 2, 3};
        j.jit_copy_ints(alias, alias, 3);
        Out.p("aliased copy", Arrays.toString(alias));
        int[] dst = new int[3];
        j.jit_copy_ints(dst, new int[] {4, 5, 6}, 3);
        Out.p("copy", Arrays.toString(dst));

        int[] filled = new int[3];
        Out.run("errno fill", () -> j.jit_set_errno_fill(2, filled, 3));
        Out.p("copied back before the exception", Arrays.toString(filled));
        int[] zero = new int[2];
        Out.run("errno zero fill", () -> j.jit_set_errno_fill(0, zero, 2));

        ByteBuffer direct = ByteBuffer.allocateDirect(16);
        for (int k = 0; k < 16; k++) direct.put(k, (byte) k);
        direct.position(4);
        Out.p("direct buffer", j.jit_bytes_sum_inc(direct, 4) + " " + direct.get(4) + " " + direct.get(3) + " pos " + direct.position());
        Out.p("direct buffer address", j.jit_addr(direct) - j.jit_addr(direct.duplicate().position(0)));
        ByteBuffer slice = direct.slice(8, 4);
        Out.p("direct slice", j.jit_bytes_sum_inc(slice, 4) + " " + direct.get(8));
        ByteBuffer heap = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6});
        heap.position(2);
        Out.p("heap buffer", j.jit_bytes_sum_inc(heap, 2) + " " + Arrays.toString(heap.array()));
        ByteBuffer heapSlice = ByteBuffer.wrap(new byte[] {9, 8, 7, 6, 5}).position(1).slice();
        heapSlice.position(1);
        Out.p("heap slice", j.jit_bytes_sum_inc(heapSlice, 2) + " " + Arrays.toString(heapSlice.array()));
        IntBuffer ints = IntBuffer.wrap(new int[] {100, 200, 300});
        ints.position(1);
        Out.p("heap int buffer", j.jit_ints_sum_inc(ints, 2) + " " + Arrays.toString(ints.array()));
        IntBuffer directInts = ByteBuffer.allocateDirect(12).order(ByteOrder.nativeOrder()).asIntBuffer();
        directInts.put(0, 7).put(1, 8).put(2, 9).position(2);
        Out.p("direct int buffer", j.jit_ints_sum_inc(directInts, 1) + " " + directInts.get(2));
        Out.call("read-only heap buffer", () -> j.jit_bytes_sum_inc(ByteBuffer.wrap(new byte[4]).asReadOnlyBuffer(), 4));
        Out.call("read-only direct buffer", () -> j.jit_bytes_sum_inc(ByteBuffer.allocateDirect(4).asReadOnlyBuffer(), 4));
        Out.call("view without array", () -> j.jit_ints_sum_inc(ByteBuffer.allocate(8).asIntBuffer(), 2));
        Buffer generic = IntBuffer.wrap(new int[] {1, 2});
        Out.p("generic buffer", j.jit_bytes_sum_inc(generic, 8) + " " + Arrays.toString(((IntBuffer) generic).array()));
        Out.p("null buffer", j.jit_bytes_sum_inc((ByteBuffer) null, 0));
        try {
            j.jit_set_errno(0, 0);
        } catch (LastErrorException e) {
            Out.p("unexpected", e);
        }
    }

    static int[] toInts(char[] c) {
        int[] r = new int[c.length];
        for (int k = 0; k < c.length; k++) r[k] = c[k];
        return r;
    }
}
