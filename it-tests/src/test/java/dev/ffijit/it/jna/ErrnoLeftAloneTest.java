package dev.ffijit.it.jna;

import dev.ffijit.it.harness.Differential;
import dev.ffijit.it.harness.ForkedJvm;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.ffijit.it.jna.JnaDifferentialTest.accelerated;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ffijit's own work on an application thread (starting, binding, a thread's buffers, an exception's message) puts
 * errno back as it found it, so {@code Native.getLastError()} after a call that leaves errno alone is what it is
 * without the agent. The scenario runs from a jar: with the test classes directory on the class path, every class
 * the JVM looks up there and does not find leaves ENOENT in errno, JNA's own first calls included.
 */
class ErrnoLeftAloneTest {

    @Test
    void getLastErrorAfterCallsThatLeaveErrnoAloneIsAsWithoutTheAgent() {
        Differential.Outcome o = Differential.check(ErrnoLeftAloneScenario.class,
                ForkedJvm.Options.plain().packed(ErrnoLeftAloneScenario.class), Map.of());
        String out = o.plain().stdout();
        // the plain run itself must show the values set before each call, or the comparison proves little
        assertTrue(out.contains("first call of the library, errno 0 before: 0"), out);
        assertTrue(out.contains("first call of another method, errno 7 before: 7"), out);
        assertTrue(out.contains("first String call, errno 0 before: 0"), out);
        assertTrue(out.contains("a new thread's first String calls, errno 3 and 4 before: 3 4"), out);
        accelerated(o, "c:LibC.labs", "c:LibC.getpid", "c:LibC.strlen", "c:LibC.close", "c:Direct.labs", "c:Direct.strlen");
    }
}
