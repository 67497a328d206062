package dev.ffijit.bench.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import dev.ffijit.bench.bindings.jna.JnaBenchLib;
import dev.ffijit.bench.bindings.jna.JnaLibC;
import dev.ffijit.bench.bindings.jna.JnaLibM;
import dev.ffijit.bench.bindings.jna.JnaZlib;
import dev.ffijit.bench.bindings.jna.Timeval;
import dev.ffijit.bench.bindings.jnadirect.DirectBenchLib;
import dev.ffijit.bench.bindings.jnadirect.DirectLibC;
import dev.ffijit.bench.bindings.jnadirect.DirectLibM;
import dev.ffijit.bench.bindings.jnadirect.DirectZlib;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** JNA interface and direct mappings, on arguments beyond the benchmark's fixed inputs. */
class JnaBindingsTest {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

    private static long crcOfHello() {
        CRC32 c = new CRC32();
        c.update(HELLO);
        return c.getValue();
    }

    @Test
    void interfaceMapping() {
        assertEquals(5, JnaLibC.INSTANCE.labs(-5));
        assertEquals(-1.0, JnaLibM.INSTANCE.cos(Math.PI), 1e-15);
        assertEquals(5, JnaLibC.INSTANCE.strlen("hello"));
        assertEquals(0, JnaLibC.INSTANCE.strlen(""));
        try (Memory m = new Memory(8)) {
            m.setString(0, "hello", "US-ASCII");
            assertEquals(5, JnaLibC.INSTANCE.strlen(m));
            assertEquals(m, JnaLibC.INSTANCE.memset(m, 'x', 2));
            assertEquals("xxllo", m.getString(0, "US-ASCII"));
        }
        assertEquals(21, JnaBenchLib.INSTANCE.sum6(1, 2, 3, 4, 5, 6));
        assertEquals(1000, JnaBenchLib.INSTANCE.sum6(0, 0, 0, 0, 0, 1000));
        assertEquals(-36, JnaBenchLib.INSTANCE.sum8(-1, -2, -3, -4, -5, -6, -7, -8));
        Timeval tv = new Timeval();
        assertEquals(0, JnaLibC.INSTANCE.gettimeofday(tv, null));
        assertTrue(Math.abs(tv.tv_sec.longValue() - System.currentTimeMillis() / 1000) <= 2);
        assertEquals(crcOfHello(), JnaZlib.INSTANCE.crc32(0, HELLO, HELLO.length));
    }

    @Test
    void directMapping() {
        assertEquals(5, DirectLibC.labs(-5));
        assertEquals(-1.0, DirectLibM.cos(Math.PI), 1e-15);
        assertEquals(5, DirectLibC.strlen("hello"));
        try (Memory m = new Memory(8)) {
            m.setString(0, "hello", "US-ASCII");
            assertEquals(5, DirectLibC.strlen(m));
            assertEquals(m, DirectLibC.memset(m, 'x', 2));
            assertEquals("xxllo", m.getString(0, "US-ASCII"));
        }
        assertEquals(21, DirectBenchLib.sum6(1, 2, 3, 4, 5, 6));
        assertEquals(1000, DirectBenchLib.sum6(0, 0, 0, 0, 0, 1000));
        assertEquals(-36, DirectBenchLib.sum8(-1, -2, -3, -4, -5, -6, -7, -8));
        Timeval tv = new Timeval();
        assertEquals(0, DirectLibC.gettimeofday(tv, null));
        assertTrue(Math.abs(tv.tv_sec.longValue() - System.currentTimeMillis() / 1000) <= 2);
        assertEquals(crcOfHello(), DirectZlib.crc32(0, HELLO, HELLO.length));
    }
}
