package dev.ffijit.agent.jna.runtime;

import com.sun.jna.FromNativeContext;
import com.sun.jna.IntegerType;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Union;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Structure fast path against JNA's own autoWrite()/autoRead(), byte for byte and field for field. */
class StructCodecsTest {

    @Structure.FieldOrder({"b", "s", "c", "i", "l", "f", "d", "z", "v"})
    public static class AllKinds extends Structure {
        public byte b;
        public short s;
        public char c;
        public int i;
        public long l;
        public float f;
        public double d;
        public boolean z;
        public volatile int v;

        void randomize(Random r) {
            b = (byte) r.nextInt(); s = (short) r.nextInt(); c = (char) r.nextInt(); i = r.nextInt(); l = r.nextLong();
            f = r.nextFloat() - 0.5f; d = r.nextGaussian(); z = r.nextBoolean(); v = r.nextInt();
        }

        int fieldOffsetForTest(String name) {
            return fieldOffset(name);
        }

        String fields() {
            return b + " " + s + " " + (int) c + " " + i + " " + l + " " + f + " " + d + " " + z + " " + v;
        }
    }

    @Structure.FieldOrder({"x"})
    public static class Overrides extends Structure {
        public int x;

        @Override
        public void read() {
            super.read();
        }
    }

    @Structure.FieldOrder({"x"})
    public static class WithFinal extends Structure {
        public final int x = 0;
    }

    @Structure.FieldOrder({"inner"})
    public static class Outer extends Structure {
        public AllKinds inner = new AllKinds();
    }

    public static class U extends Union {
        public int i;
        public float f;
    }

    /** Unsigned, 4 bytes: JNA masks on setValue and passes an Integer natively. */
    public static class UInt32 extends IntegerType {
        public UInt32() { this(0); }
        public UInt32(long v) { super(4, v, true); }
    }

    public static class Int16 extends IntegerType {
        public Int16() { this(0); }
        public Int16(long v) { super(2, v, false); }
    }

    public static class UInt8 extends IntegerType {
        public UInt8() { this(0); }
        public UInt8(long v) { super(1, v, true); }
    }

    /** A value whose toNative() differs from its value: the codec must ask it, as JNA does. */
    public static class Shifted extends NativeLong {
        public Shifted() { this(0); }
        public Shifted(long v) { super(v); }
        @Override public Object toNative() { return longValue() + 1000; }
    }

    /** fromNative overridden: the field's class decides what a read makes, so the class keeps JNA's methods. */
    public static class Custom extends IntegerType {
        public Custom() { super(8); }
        @Override public Object fromNative(Object nativeValue, FromNativeContext context) { return new Custom(); }
    }

    @Structure.FieldOrder({"sec", "usec", "u32", "i16", "u8", "tail", "v"})
    public static class Integers extends Structure {
        public NativeLong sec;
        public NativeLong usec;
        public UInt32 u32;
        public Int16 i16;
        public UInt8 u8;
        public long tail;
        public volatile NativeLong v;

        void randomize(Random r) {
            sec = r.nextInt(5) == 0 ? null : r.nextInt(5) == 0 ? new Shifted(r.nextLong()) : new NativeLong(r.nextLong());
            usec = new NativeLong(r.nextLong());
            u32 = r.nextInt(5) == 0 ? null : new UInt32(r.nextLong() & 0xFFFFFFFFL);
            i16 = new Int16((short) r.nextInt());
            u8 = new UInt8(r.nextInt(256));
            tail = r.nextLong();
            v = new NativeLong(r.nextLong());
        }

        String fields() {
            StringBuilder b = new StringBuilder();
            for (Object o : new Object[] {sec, usec, u32, i16, u8, tail, v}) {
                b.append(o == null ? "null" : o.getClass().getSimpleName() + "=" + o).append(' ');
            }
            return b.toString();
        }
    }

    @Structure.FieldOrder({"x"})
    public static class WithCustom extends Structure {
        public Custom x;
    }

    /** Its constructor throws what the test sets, once JNA's converter has made its own instance. */
    public static class Fragile extends IntegerType {
        static Throwable toThrow;

        public Fragile() {
            super(8);
            if (toThrow != null) throw StructCodecsTest.<RuntimeException>sneaky(toThrow);
        }
    }

    @Structure.FieldOrder({"a", "b"})
    public static class WithFragile extends Structure {
        public Fragile a;
        public NativeLong b;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void integerTypeFieldsWriteTheBytesJnaWrites() {
        for (int round = 0; round < 300; round++) {
            Integers jna = new Integers();
            Integers fast = new Integers();
            jna.randomize(new Random(round));
            fast.randomize(new Random(round));
            jna.getPointer().clear(jna.size());
            fast.getPointer().clear(fast.size());
            jna.autoWrite();
            StructCodec codec = StructCodecs.forInstance(fast);
            assertNotNull(codec, StructCodecs.unsupportedReason(Integers.class));
            sync(() -> codec.autoWrite(fast));
            assertArrayEquals(bytes(jna), bytes(fast), "round " + round + ": " + jna.fields());
        }
    }

    @Test
    void integerTypeFieldsReadAsJnaReadsThem() {
        Random r = new Random(11);
        for (int round = 0; round < 300; round++) {
            byte[] raw = new byte[new Integers().size()];
            r.nextBytes(raw);
            Integers jna = new Integers();
            Integers fast = new Integers();
            jna.getPointer().write(0, raw, 0, raw.length);
            fast.getPointer().write(0, raw, 0, raw.length);
            NativeLong before = fast.sec;
            jna.autoRead();
            StructCodec codec = StructCodecs.forInstance(fast);
            sync(() -> codec.autoRead(fast));
            assertEquals(jna.fields(), fast.fields(), "round " + round);
            assertTrue(fast.sec != before, "a read makes a new instance, as JNA's converter does");
        }
    }

    @Test
    void whatAFieldConstructorThrowsReachesTheCallerAsJnaPassesItOn() {
        for (Throwable thrown : new Throwable[] {
                new IllegalStateException("runtime"), new StackOverflowError("error"), new java.io.IOException("checked")}) {
            WithFragile jna = new WithFragile();
            WithFragile fast = new WithFragile();
            StructCodec codec = StructCodecs.forInstance(fast);
            assertNotNull(codec, StructCodecs.unsupportedReason(WithFragile.class));
            jna.getPointer().setLong(0, 5);
            fast.getPointer().setLong(0, 5);
            Fragile.toThrow = thrown;
            Throwable byJna, byCodec;
            try {
                byJna = assertThrows(Throwable.class, jna::autoRead);
                byCodec = assertThrows(Throwable.class, () -> codec.autoRead(fast));
            } finally {
                Fragile.toThrow = null;
            }
            assertEquals(describe(byJna), describe(byCodec));
            assertEquals(String.valueOf(jna.a), String.valueOf(fast.a), "no field is set before the failing one");
        }
    }

    private static String describe(Throwable t) {
        if (t == null) return "none";
        return t.getClass().getName() + ": " + t.getMessage() + (t.getCause() == null ? "" : " <- " + describe(t.getCause()));
    }

    @Test
    void integerTypeThatOverridesFromNativeKeepsJnasMethods() {
        assertNull(StructCodecs.forInstance(new WithCustom()));
        assertTrue(StructCodecs.unsupportedReason(WithCustom.class).contains("Custom"),
                StructCodecs.unsupportedReason(WithCustom.class));
    }

    @Test
    void writesTheBytesJnaWrites() {
        Random r = new Random(42);
        for (int round = 0; round < 200; round++) {
            AllKinds jna = new AllKinds();
            AllKinds fast = new AllKinds();
            jna.randomize(new Random(round));
            fast.randomize(new Random(round));
            // volatile fields are not written by write(): give both memories the same prior content
            jna.getPointer().setInt(fast.fieldOffsetForTest("v"), 77);
            fast.getPointer().setInt(fast.fieldOffsetForTest("v"), 77);
            jna.autoWrite();
            StructCodec codec = StructCodecs.forInstance(fast);
            assertNotNull(codec, StructCodecs.unsupportedReason(AllKinds.class));
            sync(() -> codec.autoWrite(fast));
            assertArrayEquals(bytes(jna), bytes(fast), "round " + round);
        }
    }

    @Test
    void readsTheFieldsJnaReads() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] raw = new byte[new AllKinds().size()];
            r.nextBytes(raw);
            AllKinds jna = new AllKinds();
            AllKinds fast = new AllKinds();
            jna.getPointer().write(0, raw, 0, raw.length);
            fast.getPointer().write(0, raw, 0, raw.length);
            jna.autoRead();
            StructCodec codec = StructCodecs.forInstance(fast);
            sync(() -> codec.autoRead(fast));
            assertEquals(jna.fields(), fast.fields(), "round " + round);
        }
    }

    @Test
    void honoursTheAutoFlagsAndReadCalled() throws Throwable {
        AllKinds s = new AllKinds();
        StructCodec codec = StructCodecs.forInstance(s);
        s.i = 5;
        s.setAutoWrite(false);
        codec.autoWrite(s);
        assertEquals(0, s.getPointer().getInt(s.fieldOffsetForTest("i")));
        s.setAutoWrite(true);
        codec.autoWrite(s);
        assertEquals(5, s.getPointer().getInt(s.fieldOffsetForTest("i")));
        s.getPointer().setInt(s.fieldOffsetForTest("i"), 9);
        s.setAutoRead(false);
        codec.autoRead(s);
        assertEquals(5, s.i);
        s.setAutoRead(true);
        codec.autoRead(s);
        assertEquals(9, s.i);
        assertTrue((boolean) StructAccess.READ_CALLED.get(s));
    }

    @Test
    void instancesItCannotSyncGoToJna() throws Throwable {
        AllKinds base = new AllKinds();
        StructCodec codec = StructCodecs.forInstance(base);
        // a toArray block: JNA's autoWrite also writes the other elements
        AllKinds[] block = (AllKinds[]) new AllKinds().toArray(2);
        block[1].i = 3;
        codec.autoWrite(block[0]);
        assertEquals(3, block[1].getPointer().getInt(block[1].fieldOffsetForTest("i")));
        // memory shared from the application's own Memory block
        Memory m = new Memory(base.size());
        m.clear();
        AllKinds over = Structure.newInstance(AllKinds.class, m);
        over.i = 4;
        codec.autoWrite(over);
        assertEquals(4, m.getInt(over.fieldOffsetForTest("i")));
    }

    @Test
    void decidesPerClass() {
        assertNull(StructCodecs.unsupportedReason(AllKinds.class));
        StructCodecs.forInstance(new Overrides());
        assertTrue(StructCodecs.unsupportedReason(Overrides.class).contains("overrides read"));
        assertNull(StructCodecs.forInstance(new WithFinal()));
        assertTrue(StructCodecs.unsupportedReason(WithFinal.class).contains("final"));
        assertNull(StructCodecs.forInstance(new Outer()));
        assertTrue(StructCodecs.unsupportedReason(Outer.class).contains("inner"));
        assertNull(StructCodecs.forInstance(new U()));
        assertTrue(StructCodecs.unsupportedReason(U.class).contains("Union"));
    }

    private static byte[] bytes(Structure s) {
        return s.getPointer().getByteArray(0, s.size());
    }

    private static void sync(ThrowingRunnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    interface ThrowingRunnable {
        void run() throws Throwable;
    }
}
