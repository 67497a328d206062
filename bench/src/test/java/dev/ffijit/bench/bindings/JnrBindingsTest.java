package dev.ffijit.bench.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ffijit.bench.bindings.jnr.JnrBenchLib;
import dev.ffijit.bench.bindings.jnr.JnrLibC;
import dev.ffijit.bench.bindings.jnr.JnrLibM;
import dev.ffijit.bench.bindings.jnr.JnrTimeval;
import dev.ffijit.bench.bindings.jnr.JnrZlib;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import org.junit.jupiter.api.Test;

/** jnr-ffi bindings, on arguments beyond the benchmark's fixed inputs. */
class JnrBindingsTest {

    @Test
    void libc() {
        assertEquals(5, JnrLibC.INSTANCE.labs(-5));
        assertEquals(-1.0, JnrLibM.INSTANCE.cos(Math.PI), 1e-15);
        assertEquals(5, JnrLibC.INSTANCE.strlen("hello"));
        Pointer p = Memory.allocateDirect(Runtime.getRuntime(JnrLibC.INSTANCE), 8);
        p.putString(0, "hello", 8, StandardCharsets.US_ASCII);
        assertEquals(5, JnrLibC.INSTANCE.strlen(p));
        assertEquals(p.address(), JnrLibC.INSTANCE.memset(p, 'x', 2).address());
        assertEquals("xxllo", p.getString(0, 8, StandardCharsets.US_ASCII));
        JnrTimeval tv = new JnrTimeval(Runtime.getRuntime(JnrLibC.INSTANCE));
        assertEquals(0, JnrLibC.INSTANCE.gettimeofday(tv, null));
        assertTrue(Math.abs(tv.tv_sec.get() - System.currentTimeMillis() / 1000) <= 2);
    }

    @Test
    void zlib() {
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        CRC32 c = new CRC32();
        c.update(hello);
        assertEquals(c.getValue(), JnrZlib.INSTANCE.crc32(0, hello, hello.length));
    }

    @Test
    void eightArgumentsTakeTheLibffiPathAndAreRight() {
        assertEquals(36, JnrBenchLib.INSTANCE.sum8(1, 2, 3, 4, 5, 6, 7, 8));
        assertEquals(-36, JnrBenchLib.INSTANCE.sum8(-1, -2, -3, -4, -5, -6, -7, -8));
    }

    /**
     * Documents jnr/jnr-ffi#181 (see KnownDefect): on x86_64 jnr's stub passes the return address
     * as the 6th integer argument. If this starts failing, jnr fixed it.
     */
    @Test
    void sixthIntegerArgumentIsCorruptOnX86_64() {
        assumeTrue("amd64".equals(System.getProperty("os.arch")));
        assertNotEquals(1000, JnrBenchLib.INSTANCE.sum6(0, 0, 0, 0, 0, 1000));
    }
}
