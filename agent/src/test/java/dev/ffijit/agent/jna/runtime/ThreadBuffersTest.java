package dev.ffijit.agent.jna.runtime;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-thread memory behind String and array arguments: the ring's reuse rule and the arena's call extents. */
class ThreadBuffersTest {

    @Test
    void aStringsMemoryOutlivesManyLaterStrings() throws Throwable {
        ThreadBuffers tb = ThreadBuffers.current();
        StringEncoder utf8 = StringEncoder.forEncoding("UTF-8");
        long first = StringArgs.toNative("keep me", utf8, tb);
        int written = 0;
        while (written < ThreadBuffers.RING_GUARANTEE) {
            String s = "filler " + written + " é";
            long at = StringArgs.toNative(s, utf8, tb);
            assertNotEquals(first, at);
            written += s.getBytes(StandardCharsets.UTF_8).length + 1;
            assertEquals("keep me", new com.sun.jna.Pointer(first).getString(0, "UTF-8"), "after " + written + " bytes");
        }
    }

    @Test
    void encodesExactlyAsGetBytes() throws Throwable {
        ThreadBuffers tb = ThreadBuffers.current();
        for (String cs : new String[] {"UTF-8", "ISO-8859-1", "windows-1252", "UTF-16LE", "Shift_JIS"}) {
            StringEncoder e = StringEncoder.forEncoding(cs);
            for (String s : new String[] {"", "ascii", "café", "日本", "😀", "a\u0000b", "x".repeat(5000)}) {
                byte[] want = s.getBytes(e.charset);
                long at = StringArgs.toNative(s, e, tb);
                byte[] got = new com.sun.jna.Pointer(at).getByteArray(0, want.length + 1);
                assertEquals(0, got[want.length], cs + " terminator");
                assertArrayEquals(want, java.util.Arrays.copyOf(got, want.length), cs + " " + s);
            }
        }
    }

    @Test
    void nestedCallsStackAndCopyBackInOrder() {
        ThreadBuffers tb = ThreadBuffers.current();
        long outer = tb.mark();
        int[] a = {1, 2, 3};
        long aAt = tb.copyIn(a);
        long inner = tb.mark();
        int[] b = {4};
        long bAt = tb.copyIn(b);
        assertTrue(bAt > aAt);
        new com.sun.jna.Pointer(bAt).setInt(0, 40);
        tb.copyBack(inner);
        tb.release(inner);
        assertEquals(40, b[0]);
        new com.sun.jna.Pointer(aAt).setInt(8, 30);
        tb.copyBack(outer);
        tb.release(outer);
        assertArrayEquals(new int[] {1, 2, 30}, a);
        assertEquals(outer, tb.mark());
    }

    @Test
    void arraysLargerThanTheArenaGetTheirOwnBlock() {
        ThreadBuffers tb = ThreadBuffers.current();
        long mark = tb.mark();
        long[] big = new long[ThreadBuffers.ARENA_BYTES];
        big[big.length - 1] = 7;
        long at = tb.copyIn(big);
        com.sun.jna.Pointer p = new com.sun.jna.Pointer(at);
        assertEquals(7, p.getLong(8L * (big.length - 1)));
        p.setLong(0, 9);
        tb.copyBack(mark);
        tb.release(mark);
        assertEquals(9, big[0]);
    }
}
