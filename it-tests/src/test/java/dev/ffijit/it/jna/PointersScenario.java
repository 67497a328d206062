package dev.ffijit.it.jna;

import com.sun.jna.Function;
import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.DoubleByReference;
import com.sun.jna.ptr.FloatByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.ptr.ShortByReference;

/** Pointer, Memory, null, PointerType, every ByReference, NativeLong and other IntegerTypes, both ways. */
public final class PointersScenario {
    public static void main(String[] args) {
        JitLib j = Native.load("jna_it", JitLib.class);
        Memory m = new Memory(64);
        m.clear();
        Out.p("memory address", j.jit_addr(m) == Pointer.nativeValue(m));
        Out.p("null address", j.jit_addr((Pointer) null));
        Pointer shared = m.share(8);
        Out.p("shared address", j.jit_addr(shared) - Pointer.nativeValue(m));
        Pointer off = j.jit_offset(m, 16);
        Out.p("offset class", off.getClass().getName());
        Out.p("offset value", Pointer.nativeValue(off) - Pointer.nativeValue(m));
        Out.p("offset null", j.jit_offset(null, 16));
        Out.p("null pointer result", j.jit_null_pointer());
        Pointer fn = Function.getFunction("c", "strlen");
        Out.p("function as pointer", j.jit_addr(fn) == Pointer.nativeValue(fn));
        m.setInt(0, 1234);
        Out.p("get via pointer", j.jit_get_i32(m));
        Out.p("get via null", j.jit_get_i32((Pointer) null));
        closedMemory(j);

        ByteByReference b = new ByteByReference();
        j.jit_set_i8(b, (byte) -7);
        Out.p("byte ref", b.getValue());
        ShortByReference s = new ShortByReference();
        j.jit_set_i16(s, (short) 31000);
        Out.p("short ref", s.getValue());
        IntByReference i = new IntByReference(5);
        Out.p("int ref read", j.jit_get_i32(i));
        j.jit_set_i32(i, -123456);
        Out.p("int ref", i.getValue());
        Out.p("int ref null", j.jit_get_i32((IntByReference) null));
        LongByReference l = new LongByReference();
        j.jit_set_i64(l, Long.MIN_VALUE + 1);
        Out.p("long ref", l.getValue());
        FloatByReference f = new FloatByReference();
        j.jit_set_f32(f, 1.25f);
        Out.p("float ref", f.getValue());
        DoubleByReference d = new DoubleByReference();
        j.jit_set_f64(d, -2.5e-10);
        Out.p("double ref", d.getValue());
        NativeLongByReference nl = new NativeLongByReference();
        j.jit_set_long(nl, new NativeLong(-99));
        Out.p("nativelong ref", nl.getValue());
        PointerByReference p = new PointerByReference();
        j.jit_set_ptr(p, m);
        Out.p("pointer ref", Pointer.nativeValue(p.getValue()) == Pointer.nativeValue(m));
        j.jit_set_ptr(p, null);
        Out.p("pointer ref null", p.getValue());

        JitLib.Handle h = j.jit_handle(0x1234);
        Out.p("handle", h == null ? null : Long.toHexString(Pointer.nativeValue(h.getPointer())) + " " + h.getClass().getSimpleName());
        Out.p("handle null", j.jit_handle(0));
        Out.p("handle arg", Long.toHexString(j.jit_addr(h)));
        Out.p("handle arg null", j.jit_addr((JitLib.Handle) null));
        Out.p("handle with null pointer", j.jit_addr(new JitLib.Handle()));

        for (long v : new long[] {0, -1, Long.MAX_VALUE, 1L << 33}) Out.p("nativelong " + v, j.jit_long(new NativeLong(v)));
        Out.p("nativelong null", j.jit_long(null));
        Out.p("size_t max", j.jit_u64(new JitLib.SizeT(-1)));
        Out.p("size_t", j.jit_u64(new JitLib.SizeT(1L << 40)));
        Out.p("u32 max", j.jit_u32(new JitLib.UInt32(0xFFFFFFFFL)));
        Out.p("u32 widened", Long.toHexString(j.jit_widened(new JitLib.UInt32(0xFFFFFFFFL))));
        Out.p("u16", j.jit_u16(new JitLib.UInt16(0xFFFF)));
        Out.p("u16 widened", Long.toHexString(j.jit_widened(new JitLib.UInt16(0x8001))));
        Out.p("nativelong widened", j.jit_widened(new NativeLong(-5)));
        Out.p("result class", j.jit_u32(new JitLib.UInt32(3)).getClass().getSimpleName());

        // what JNA makes for an IntegerType result or Structure field, when its constructor throws
        FlakyLib fl = Native.load("jna_it", FlakyLib.class);
        FlakyPair pair = new FlakyPair();
        pair.a = new Flaky(1);
        pair.b = new Flaky(2);
        Out.call("flaky result", () -> fl.jit_u32(new Flaky(0xFFFFFFFEL)));
        fl.jit_set_i32(pair, 77);
        Out.p("flaky field", pair.a + " " + pair.b);
        for (Throwable t : new Throwable[] {new IllegalStateException("runtime"), new AssertionError("error"),
                new java.io.IOException("checked")}) {
            Flaky.next = t;
            Out.call("flaky result " + t.getClass().getSimpleName(), () -> fl.jit_u32(new Flaky(5)));
            Flaky.next = t;
            Out.run("flaky field " + t.getClass().getSimpleName(), () -> fl.jit_set_i32(pair, 88));
            Out.p("flaky field after", pair.a + " " + pair.b + " " + pair.getPointer().getInt(0));
        }
        Flaky.next = null;
        // a checked exception the method does not declare, from the application's own code on the call's path: the
        // JDK proxy around JNA's handler throws it as an UndeclaredThrowableException
        Flaky six = new Flaky(6);
        Flaky.onSetValue = new java.io.IOException("checked, from setValue");
        Out.call("flaky result setValue", () -> fl.jit_u32(six));
        Flaky.onSetValue = new java.io.IOException("checked, from setValue");
        Out.run("flaky field setValue", () -> fl.jit_set_i32(pair, 99));
        FlakyDeclares fd = Native.load("jna_it", FlakyDeclares.class);
        Flaky.onSetValue = new java.io.IOException("checked and declared");
        Out.call("flaky result setValue, declared", () -> fd.jit_u32(six));
        Flaky.onSetValue = null;
        Out.p("flaky field after setValue", pair.a + " " + pair.b + " " + pair.getPointer().getInt(0));
    }

    /** A closed Memory's address (0); {@code Memory.close()} came in JNA 5.12, and the scenario also runs on older. */
    private static void closedMemory(JitLib j) {
        Memory closed = new Memory(8);
        try {
            Memory.class.getMethod("close").invoke(closed);
        } catch (NoSuchMethodException e) {
            Out.p("closed memory address", "no Memory.close() in this JNA");
            return;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        Out.p("closed memory address", j.jit_addr(closed));
    }

    /** A uint32 IntegerType whose no-arg constructor, which JNA calls for every value it reads, throws once armed. */
    public static class Flaky extends IntegerType {
        static Throwable next;

        public Flaky() {
            super(4, 0, true);
            Throwable t = next;
            next = null;
            if (t != null) throw PointersScenario.<RuntimeException>sneaky(t);
        }

        public Flaky(long v) {
            super(4, v, true);
        }

        static Throwable onSetValue;

        /** Throws once armed, on a value other than the constructor's 0: when JNA sets what it read. */
        @Override
        public void setValue(long value) {
            Throwable t = onSetValue;
            if (t != null && value != 0) {
                onSetValue = null;
                throw PointersScenario.<RuntimeException>sneaky(t);
            }
            super.setValue(value);
        }
    }

    @Structure.FieldOrder({"a", "b"})
    public static class FlakyPair extends Structure {
        public Flaky a;
        public Flaky b;
    }

    public interface FlakyLib extends Library {
        Flaky jit_u32(Flaky v);

        void jit_set_i32(FlakyPair p, int v);
    }

    public interface FlakyDeclares extends Library {
        Flaky jit_u32(Flaky v) throws java.io.IOException;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
