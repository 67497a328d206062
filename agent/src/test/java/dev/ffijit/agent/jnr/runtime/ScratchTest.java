package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.ArrayFlags;
import com.kenai.jffi.MemoryIO;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** jffi's copy rules ({@code Array.c}) as Scratch reproduces them, read back through jffi's own memory access. */
class ScratchTest {
    private static final MemoryIO IO = MemoryIO.getInstance();
    private static final int IN_OUT = ArrayFlags.IN | ArrayFlags.OUT | ArrayFlags.NULTERMINATE;

    @Test
    void byteArraysAreCopiedAndNulTerminatedUnlessOutOnly() {
        Scratch s = Scratch.get();
        long mark = s.mark();
        try {
            long in = s.bytes(new byte[] {7, 8, 9, 10}, 1, 2, ArrayFlags.IN | ArrayFlags.NULTERMINATE);
            assertEquals(8, IO.getByte(in));
            assertEquals(9, IO.getByte(in + 1));
            assertEquals(0, IO.getByte(in + 2));
            // jffi terminates unless the flags say out only, even without NULTERMINATE
            long inOut = s.bytes(new byte[] {5}, 0, 1, ArrayFlags.IN | ArrayFlags.OUT);
            assertEquals(0, IO.getByte(inOut + 1));
            IO.putByte(inOut + 1, (byte) 1);
            assertEquals(5, IO.getByte(inOut));
        } finally {
            s.release(mark);
        }
    }

    @Test
    void outArraysAreCopiedBackLastFirstAndInOnlyOnesAreNot() {
        Scratch s = Scratch.get();
        int[] shared = {1, 2};
        int[] inOnly = {3, 4};
        long mark = s.mark();
        try {
            long first = s.ints(shared, 0, 2, IN_OUT);
            long second = s.ints(shared, 0, 2, IN_OUT);
            long third = s.ints(inOnly, 0, 2, ArrayFlags.IN | ArrayFlags.NULTERMINATE);
            IO.putInt(first, 100);
            IO.putInt(second, 200);
            IO.putInt(third, 300);
            s.copyOut(mark);
        } finally {
            s.release(mark);
        }
        // jffi_releaseArrays walks backwards: the first parameter's copy lands last
        assertArrayEquals(new int[] {100, 2}, shared);
        assertArrayEquals(new int[] {3, 4}, inOnly);
    }

    @Test
    void everyElementTypeRoundTrips() {
        Scratch s = Scratch.get();
        long mark = s.mark();
        short[] sh = {1, -2};
        char[] ch = {'a', 0xffff};
        long[] lo = {Long.MIN_VALUE, 3};
        float[] fl = {1.5f, -0f};
        double[] db = {Math.PI, -1e300};
        try {
            long a = s.shorts(sh, 0, 2, IN_OUT);
            long b = s.chars(ch, 0, 2, IN_OUT);
            long c = s.longs(lo, 0, 2, IN_OUT);
            long d = s.floats(fl, 0, 2, IN_OUT);
            long e = s.doubles(db, 0, 2, IN_OUT);
            assertEquals(-2, IO.getShort(a + 2));
            assertEquals((short) 0xffff, IO.getShort(b + 2));
            assertEquals(Long.MIN_VALUE, IO.getLong(c));
            assertEquals(-0f, IO.getFloat(d + 4));
            assertEquals(-1e300, IO.getDouble(e + 8));
            IO.putShort(a, (short) 9);
            IO.putShort(b, (short) 'z');
            IO.putLong(c + 8, 42);
            IO.putFloat(d, 2.5f);
            IO.putDouble(e, 0.25);
            s.copyOut(mark);
        } finally {
            s.release(mark);
        }
        assertArrayEquals(new short[] {9, -2}, sh);
        assertArrayEquals(new char[] {'z', 0xffff}, ch);
        assertArrayEquals(new long[] {Long.MIN_VALUE, 42}, lo);
        assertArrayEquals(new float[] {2.5f, -0f}, fl);
        assertArrayEquals(new double[] {0.25, -1e300}, db);
    }

    @Test
    void nestedCallsReuseMemoryOnlyAfterRelease() {
        Scratch s = Scratch.get();
        long outer = s.mark();
        long a = s.bytes(new byte[10], 0, 10, IN_OUT);
        long inner = s.mark();
        long b = s.bytes(new byte[10], 0, 10, IN_OUT);
        assertNotEquals(a, b);
        s.release(inner);
        assertEquals(b, s.bytes(new byte[10], 0, 10, IN_OUT));
        s.release(outer);
        assertEquals(a, s.bytes(new byte[10], 0, 10, IN_OUT));
        s.release(outer);
    }

    @Test
    void dataLargerThanTheArenaGoesToItsOwnBlock() {
        Scratch s = Scratch.get();
        int[] big = new int[Scratch.CAPACITY];
        for (int i = 0; i < big.length; i++) big[i] = i;
        long mark = s.mark();
        try {
            long p = s.ints(big, 0, big.length, IN_OUT);
            assertEquals(big.length - 1, IO.getInt(p + 4L * (big.length - 1)));
            IO.putInt(p, -5);
            s.copyOut(mark);
        } finally {
            s.release(mark);
        }
        assertEquals(-5, big[0]);
    }

    @Test
    void stringsGetTheConverterNulsAndJffiTerminator() {
        Scratch s = Scratch.get();
        long mark = s.mark();
        try {
            byte[] dirty = new byte[16];
            java.util.Arrays.fill(dirty, (byte) 0x7f);
            s.bytes(dirty, 0, dirty.length, IN_OUT);
            s.release(mark);
            long p = s.string(new byte[] {65, 66});
            assertEquals(66, IO.getByte(p + 1));
            for (int i = 2; i < 7; i++) assertEquals(0, IO.getByte(p + i), "byte " + i);
        } finally {
            s.release(mark);
        }
    }
}
