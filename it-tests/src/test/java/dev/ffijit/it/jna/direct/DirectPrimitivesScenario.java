package dev.ffijit.it.jna.direct;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import dev.ffijit.it.jna.Out;

/**
 * Every primitive argument and result through direct mapping; errno; unregister, register again (by class, by
 * library), the stack-depth overloads.
 */
public final class DirectPrimitivesScenario {
    public static void main(String[] args) throws Exception {
        Native.setLastError(4141);
        Class.forName(DirectPrimitives.class.getName()); // its static initializer registers: the agent starts here
        Out.p("last error after the first register", Native.getLastError());
        primitives("");
        errno();
        Out.p("ByLibrary i64", DirectPrimitives.ByLibrary.jit_i64(-5));
        Out.p("ByLibrary ret", DirectPrimitives.ByLibrary.jit_ret_i32(77, 0));

        DirectPrimitives.unregisterSelf(); // Native.unregister(): the caller by stack depth
        Out.p("registered after unregister", Native.registered(DirectPrimitives.class));
        Out.call("i64 after unregister", () -> DirectPrimitives.jit_i64(1));
        Out.call("bool after unregister", () -> DirectPrimitives.jit_bool(true));
        Native.unregister(DirectPrimitives.class); // a second time: nothing registered, nothing happens
        Out.call("i64 after second unregister", () -> DirectPrimitives.jit_i64(1));

        Native.setLastError(4242); // binding after register makes native calls of its own: this value stays
        Native.register(DirectPrimitives.class, "jna_it");
        Out.p("last error after register", Native.getLastError());
        primitives("again ");
        Native.register(DirectPrimitives.class, NativeLibrary.getInstance("jna_it")); // registered twice in a row
        primitives("twice ");
        errno();
        Native.unregister(DirectPrimitives.class);
        Out.call("i32 after unregister 2", () -> DirectPrimitives.jit_ret_i32(5, 0));
        Native.register(DirectPrimitives.class, "jna_it");

        long sum = 0;
        for (int i = 0; i < 30000; i++) sum += DirectPrimitives.jit_i64(i) + DirectPrimitives.jit_ret_i32(-i, 0);
        Out.p("loop", sum);
        Out.p("loop errno", DirectPrimitives.jit_set_errno(7, 1) + " " + Native.getLastError());
    }

    public static void primitives(String p) {
        for (byte b : new byte[] {0, 1, -1, 127, -128}) Out.p(p + "i8 " + b, DirectPrimitives.jit_i8(b));
        for (short s : new short[] {0, -1, 32767, -32768}) Out.p(p + "i16 " + s, DirectPrimitives.jit_i16(s));
        for (int i : new int[] {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) Out.p(p + "i32 " + i, DirectPrimitives.jit_i32(i));
        for (long l : new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE}) Out.p(p + "i64 " + l, DirectPrimitives.jit_i64(l));
        for (char c : new char[] {0, 'a', 0x7FFF, 0x8000, 0xFFFF}) Out.p(p + "wchar " + (int) c, DirectPrimitives.jit_wchar(c));
        Out.p(p + "bool true", DirectPrimitives.jit_bool(true));
        Out.p(p + "bool false", DirectPrimitives.jit_bool(false));
        for (float f : new float[] {0f, -1.5f, Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, Float.NEGATIVE_INFINITY}) {
            Out.p(p + "f32 " + f, DirectPrimitives.jit_f32(f));
        }
        for (double d : new double[] {0, -0.0, 1e300, Double.MIN_VALUE, Double.NaN}) Out.p(p + "f64 " + d, DirectPrimitives.jit_f64(d));
        Out.p(p + "mix", DirectPrimitives.jit_mix((byte) -3, (short) -300, -70000, 1L << 40, 2.5f, -3.25, (char) 0xFFFE, true));
        Out.p(p + "many", DirectPrimitives.jit_many(1, 2.5, 3, 4.5f, 5, 6.5, 7, 8.5f, 9, 10.5, 11, 12.5f, 13, 14.5, 15,
                16.5f, 17, 18.5, (byte) -19, (short) -20));
        for (int v : new int[] {0, 1, 255, 256, 257, -256, 0x10000, Integer.MIN_VALUE, -1}) {
            Out.p(p + "ret boolean " + v, DirectPrimitives.jit_ret_i32(v));
            Out.p(p + "ret byte " + v, DirectPrimitives.jit_ret_i32((byte) v));
            Out.p(p + "ret short " + v, DirectPrimitives.jit_ret_i32((short) v));
            Out.p(p + "ret int " + v, DirectPrimitives.jit_ret_i32(v, 0));
            Out.p(p + "ret char " + v, (int) DirectPrimitives.jit_ret_i32((char) v));
        }
        Out.p(p + "ret long", DirectPrimitives.jit_ret_i64(Long.MIN_VALUE));
        Out.p(p + "ret float", DirectPrimitives.jit_ret_f32(-0.0f));
        Out.p(p + "ret double", DirectPrimitives.jit_ret_f64(Math.PI));
        DirectPrimitives.jit_void(5);
        Out.p(p + "void", "done");
    }

    static void errno() {
        Out.p("set errno", DirectPrimitives.jit_set_errno(5, 9) + " last=" + Native.getLastError());
        Out.p("errno zero", DirectPrimitives.jit_set_errno(0, 1) + " last=" + Native.getLastError());
        errnoAtEntry(12); // runs the call site once: see errnoAtEntry
        int atEntry = errnoAtEntry(13);
        Out.p("errno at entry", atEntry + " last=" + Native.getLastError());
    }

    /**
     * errno as C sees it on entry after {@code Native.setLastError(value)}. The JVM itself may write errno the first
     * time it runs a bytecode: resolving a string constant there once left EAGAIN (StringTable's OopStorage growing,
     * {@code sem_trywait}), with or without ffijit. So nothing runs between the two calls, and the caller runs this
     * once before the call it prints.
     */
    private static int errnoAtEntry(int value) {
        Native.setLastError(value);
        return DirectPrimitives.jit_errno_at_entry();
    }
}
