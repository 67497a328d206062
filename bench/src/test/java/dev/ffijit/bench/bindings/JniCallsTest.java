package dev.ffijit.bench.bindings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The hand-written JNI glue, on arguments beyond the benchmark's fixed inputs. */
class JniCallsTest {

    @Test
    void labs() {
        assertEquals(5, JniCalls.labs(-5));
        assertEquals(5, JniCalls.labs(5));
        assertEquals(Long.MAX_VALUE, JniCalls.labs(-Long.MAX_VALUE));
    }

    @Test
    void cos() {
        assertEquals(1.0, JniCalls.cos(0.0));
        assertEquals(-1.0, JniCalls.cos(Math.PI), 1e-15);
    }

    @Test
    void strlenOfAString() {
        assertEquals(5, JniCalls.strlen("hello"));
        assertEquals(0, JniCalls.strlen(""));
    }

    @Test
    void strlenMemsetAndBuffers() {
        long p = JniCalls.malloc(16);
        try {
            JniCalls.putBytes(p, "hello\0".getBytes(StandardCharsets.US_ASCII));
            assertEquals(5, JniCalls.strlen(p));
            assertEquals(p, JniCalls.memset(p, 'x', 3));
            assertEquals(5, JniCalls.strlen(p));
            byte[] head = new byte[6];
            JniCalls.getBytes(p, head);
            assertArrayEquals("xxxlo\0".getBytes(StandardCharsets.US_ASCII), head);
        } finally {
            JniCalls.free(p);
        }
    }

    @Test
    void manyArguments() {
        assertEquals(21, JniCalls.sum6(1, 2, 3, 4, 5, 6));
        assertEquals(-21, JniCalls.sum6(-1, -2, -3, -4, -5, -6));
        assertEquals(36, JniCalls.sum8(1, 2, 3, 4, 5, 6, 7, 8));
        assertEquals(4L * Integer.MIN_VALUE, JniCalls.sum8(Integer.MIN_VALUE, 0, Integer.MIN_VALUE, 0,
                Integer.MIN_VALUE, 0, Integer.MIN_VALUE, 0));
    }

    @Test
    void gettimeofday() {
        long[] tv = new long[2];
        assertEquals(0, JniCalls.gettimeofday(tv));
        assertTrue(Math.abs(tv[0] - System.currentTimeMillis() / 1000) <= 2, Arrays.toString(tv));
        assertTrue(tv[1] >= 0 && tv[1] < 1_000_000, Arrays.toString(tv));
    }

    @Test
    void crc32() {
        byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
        CRC32 expected = new CRC32();
        expected.update(data);
        assertEquals(expected.getValue(), JniCalls.crc32(0, data, data.length));
        assertEquals(0, JniCalls.crc32(0, data, 0));
    }
}
