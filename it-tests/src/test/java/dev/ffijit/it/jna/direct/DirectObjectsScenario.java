package dev.ffijit.it.jna.direct;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import dev.ffijit.it.jna.JitLib;
import dev.ffijit.it.jna.Out;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;

/** Every marshalling rule of direct mapping, through a rewritten class; unregister and register again. */
public final class DirectObjectsScenario {
    public static void main(String[] args) throws Exception {
        run("");
        Native.unregister(DirectObjects.class);
        Out.call("strlen after unregister", () -> DirectObjects.jit_strlen("abc"));
        Out.call("errno after unregister", () -> DirectObjects.jit_set_errno(0, 1));
        Native.register(DirectObjects.class, "jna_it");
        run("again ");
        long sum = 0;
        int[] a = {1, 2, 3};
        for (int i = 0; i < 20000; i++) {
            sum += DirectObjects.jit_strlen("hot loop " + (i % 10)) + DirectObjects.jit_ints_sum_inc(a, 3);
        }
        Out.p("loop", sum + " " + Arrays.toString(a));
    }

    public static void run(String p) {
        // strings
        Out.p(p + "strlen", DirectObjects.jit_strlen("hello"));
        Out.p(p + "strlen null", DirectObjects.jit_strlen(null));
        Out.p(p + "strlen unicode", DirectObjects.jit_strlen("h\u00e9llo \u20ac \ud83d\ude00"));
        Out.p(p + "strlen long", DirectObjects.jit_strlen("x".repeat(10000)));
        Out.p(p + "strcmp", DirectObjects.jit_strcmp2("abc", "abd") < 0);
        Out.p(p + "strcmp null", DirectObjects.jit_strcmp2(null, "x"));
        Out.p(p + "echo", DirectObjects.jit_echo("round trip \u00e9"));
        Out.p(p + "echo null", DirectObjects.jit_echo(null));
        Out.p(p + "null string", DirectObjects.jit_null_string());
        Out.p(p + "latin1 static", DirectObjects.jit_static_latin1());
        Out.p(p + "wcslen", DirectObjects.jit_wcslen(new WString("wide \u00e9 \ud83d\ude00")));
        Out.p(p + "wcslen null", DirectObjects.jit_wcslen(null));
        Out.p(p + "wecho", DirectObjects.jit_wecho(new WString("wide echo")));
        Out.p(p + "wchar at", DirectObjects.jit_wchar_at(new WString("a\ud83d\ude00"), 1));
        int[] bytes = new int[16];
        Out.p(p + "bytes", DirectObjects.jit_bytes("\u00e9\u20ac", bytes, 16) + " " + Arrays.toString(bytes));

        // pointers
        Memory m = new Memory(64);
        m.clear();
        Out.p(p + "addr equal", DirectObjects.jit_addr(m) == Pointer.nativeValue(m));
        Out.p(p + "addr pointer", DirectObjects.jit_addr((Pointer) m.share(8)) == Pointer.nativeValue(m) + 8);
        Out.p(p + "addr null", DirectObjects.jit_addr((Pointer) null));
        Out.p(p + "offset", Pointer.nativeValue(DirectObjects.jit_offset(m, 16)) - Pointer.nativeValue(m));
        Out.p(p + "offset null", DirectObjects.jit_offset(null, 16));
        Out.p(p + "null pointer", DirectObjects.jit_null_pointer());
        DirectObjects.jit_set_i32(m, 12345);
        Out.p(p + "set i32", m.getInt(0));
        IntByReference ref = new IntByReference(7);
        DirectObjects.jit_set_i32(ref, -9);
        Out.p(p + "by reference", ref.getValue() + " " + DirectObjects.jit_get_i32(ref));
        Out.p(p + "by reference null", DirectObjects.jit_get_i32(null));
        JitLib.Handle h = DirectObjects.jit_handle(0x1234);
        Out.p(p + "handle", h.getClass().getSimpleName() + " " + Pointer.nativeValue(h.getPointer()));
        Out.p(p + "handle arg", DirectObjects.jit_addr(h));
        Out.p(p + "handle null result", DirectObjects.jit_handle(0));
        Out.p(p + "native long", DirectObjects.jit_long(new NativeLong(-5)));
        Out.p(p + "native long null", DirectObjects.jit_long(null));
        Out.p(p + "size_t", DirectObjects.jit_u64(new JitLib.SizeT(-1L)));
        Out.p(p + "uint32", DirectObjects.jit_u32(new JitLib.UInt32(0xFFFFFFFFL)));
        Out.p(p + "uint16 widened", DirectObjects.jit_widened(new JitLib.UInt16(0xFFFF)));

        // arrays and buffers
        byte[] b = {1, -2, 3};
        short[] s = {1000, -2000};
        char[] c = {'a', 0xFFFF};
        int[] i = {1, 2, 3, Integer.MAX_VALUE};
        long[] l = {1L << 40, -1};
        float[] f = {1.5f, -2.5f};
        double[] d = {1e10, -0.5};
        Out.p(p + "bytes sum", DirectObjects.jit_bytes_sum_inc(b, 3) + " " + Arrays.toString(b));
        Out.p(p + "shorts sum", DirectObjects.jit_shorts_sum_inc(s, 2) + " " + Arrays.toString(s));
        Out.p(p + "chars sum", DirectObjects.jit_chars_sum_inc(c, 2) + " " + (int) c[0] + "," + (int) c[1]);
        Out.p(p + "ints sum", DirectObjects.jit_ints_sum_inc(i, 4) + " " + Arrays.toString(i));
        Out.p(p + "longs sum", DirectObjects.jit_longs_sum_inc(l, 2) + " " + Arrays.toString(l));
        Out.p(p + "floats sum", DirectObjects.jit_floats_sum_inc(f, 2) + " " + Arrays.toString(f));
        Out.p(p + "doubles sum", DirectObjects.jit_doubles_sum_inc(d, 2) + " " + Arrays.toString(d));
        Out.p(p + "ints null", DirectObjects.jit_ints_sum_inc((int[]) null, 0));
        int[] same = {1, 2, 3};
        DirectObjects.jit_copy_ints(same, same, 3);
        Out.p(p + "copy same array", Arrays.toString(same));
        int[] big = new int[40000];
        Arrays.fill(big, 1);
        Out.p(p + "big array", DirectObjects.jit_ints_sum_inc(big, big.length) + " " + big[39999]);
        IntBuffer heap = IntBuffer.wrap(new int[] {5, 6, 7, 8});
        heap.position(1);
        Out.p(p + "heap IntBuffer", DirectObjects.jit_ints_sum_inc(heap, 2) + " " + Arrays.toString(heap.array()));
        ByteBuffer direct = ByteBuffer.allocateDirect(8);
        direct.put(0, (byte) 4).put(1, (byte) 5).put(2, (byte) 6);
        direct.position(1);
        Out.p(p + "direct ByteBuffer", DirectObjects.jit_bytes_sum_inc(direct, 2) + " " + direct.get(1) + " " + direct.get(2));
        Out.call(p + "read-only heap buffer", () -> DirectObjects.jit_ints_sum_inc(IntBuffer.wrap(new int[] {1}).asReadOnlyBuffer(), 1));

        // structures
        JitLib.Simple st = new JitLib.Simple();
        st.i = 1; st.l = 1L << 40; st.d = 2.25; st.b = -3; st.s = 300; st.f = 1.5f; st.flag = true; st.c = 0xFFFE;
        Out.p(p + "simple sum", DirectObjects.jit_simple_sum(st));
        Out.p(p + "simple after", st.i + " " + st.l + " " + st.d + " " + st.b + " " + st.s + " " + st.f + " " + st.flag + " " + (int) st.c);
        Out.p(p + "simple null", DirectObjects.jit_simple_sum(null));
        JitLib.Point pt = new JitLib.Point();
        pt.x = 1; pt.y = 2;
        DirectObjects.jit_point_move(pt, 5);
        Out.p(p + "point move", pt);
        JitLib.Point.ByValue bv = new JitLib.Point.ByValue();
        bv.x = 10; bv.y = 20;
        DirectObjects.jit_point_move(bv, 1); // a ByValue instance where a reference is declared: read back in direct mapping
        Out.p(p + "point move byvalue instance", bv);
        JitLib.Point noRead = new JitLib.Point();
        noRead.setAutoRead(false);
        DirectObjects.jit_point_move(noRead, 3);
        Out.p(p + "point no auto read", noRead + " " + noRead.getPointer().getInt(0));
        Out.p(p + "point static", DirectObjects.jit_point_static());
        Out.p(p + "point null", DirectObjects.jit_point_null());

        // booleans
        Out.p(p + "bool true", DirectObjects.jit_bool(true));
        Out.p(p + "bool false", DirectObjects.jit_bool(false));
        for (int v : new int[] {0, 1, 255, 256, 257, -256}) Out.p(p + "ret boolean " + v, DirectObjects.jit_ret_i32(v, "x"));

        // errno
        Out.call(p + "errno throws", () -> DirectObjects.jit_set_errno(2, 5));
        Out.p(p + "errno last", Native.getLastError());
        Out.call(p + "errno zero", () -> DirectObjects.jit_set_errno(0, 5));
        Out.call(p + "errno double", () -> DirectObjects.jit_set_errno_d(13, 2.5));
        Out.call(p + "errno unknown code", () -> DirectObjects.jit_set_errno(123456, 1));
        int[] filled = new int[3];
        Out.call(p + "errno fill", () -> { DirectObjects.jit_set_errno_fill(22, filled, 3); return "none"; });
        Out.p(p + "errno fill copied back", Arrays.toString(filled));
        JitLib.Point ep = new JitLib.Point();
        Out.call(p + "errno struct", () -> DirectObjects.jit_set_errno_struct(9, ep));
        Out.p(p + "errno struct read back", ep);
        Native.setLastError(77);
        Out.call(p + "errno cleared before", () -> DirectObjects.jit_errno_at_entry());

        // JNA's path
        Out.p(p + "callback", DirectObjects.jit_call(v -> v * 3, 4));
        boolean[] bools = {true, false, true};
        Out.p(p + "bools", DirectObjects.jit_bools(bools, 3) + " " + Arrays.toString(bools));
        JitLib.Point.ByValue bv2 = new JitLib.Point.ByValue();
        bv2.x = 3; bv2.y = 4;
        Out.p(p + "point by value", DirectObjects.jit_point_byval(bv2));
        Out.p(p + "native mapped", DirectObjects.jit_i64(DirectObjects.Level.HIGH));

        // instance native methods
        DirectObjects.Instance in = new DirectObjects.Instance();
        Out.p(p + "instance strlen", in.jit_strlen("instance"));
        Out.p(p + "instance i64", in.jit_i64(-77));
        Out.call(p + "instance errno", () -> in.jit_set_errno(4, 1));
    }
}
