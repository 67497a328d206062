package dev.ffijit.it.jna;

import dev.ffijit.it.harness.Differential;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.ffijit.it.jna.JnaDifferentialTest.accelerated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the bridge classes go, seen from the outside: on the system class path the JVM prints nothing (on the boot
 * class path it prints a CDS warning), and a library in a loader that cannot see them keeps its own path.
 */
class BridgePlacementTest {
    private static final String LEFT_ALONE = "left as it is, on its library's own path";

    @Test
    void stderrIsTheApplicationsOwn() {
        for (Class<?> scenario : new Class<?>[] {StructuresScenario.class, ErrorsScenario.class,
                dev.ffijit.it.jna.direct.DirectObjectsScenario.class}) {
            Differential.Outcome o = Differential.check(scenario);
            assertEquals(o.plain().stderr(), o.agent().stderr(), scenario.getSimpleName() + "\n" + o.agent().describe());
            assertTrue(o.report().contains("accelerated"), o.report());
        }
    }

    @Test
    void aSecondJnaBesideTheSystemLoaderKeepsItsOwnPath() {
        Differential.Outcome o = Differential.check(TwoLoadersScenario.class, Map.of("ffijit.log", "info"),
                StructuresScenario.class.getName());
        assertTrue(o.agent().stdout().contains("JNA from the child loader: true"), o.agent().describe());
        assertTrue(o.agent().stderr().contains("com.sun.jna.Library$Handler (loader 'child' ") && o.agent().stderr()
                .contains(LEFT_ALONE), o.agent().describe());
        accelerated(o, "jna_it:JitLib.jit_simple_sum", "jna_it:JitLib.jit_point_move", "c:LibC.gettimeofday");
        assertEquals(1, bindings(o, "jna_it:JitLib.jit_simple_sum"), "only the system loader's copy is bound\n" + o.report());
    }

    @Test
    void onTheBootClassPathBothCopiesAreAccelerated() {
        Differential.Outcome o = Differential.check(TwoLoadersScenario.class,
                Map.of("ffijit.log", "info", "ffijit.bridge", "boot"), StructuresScenario.class.getName());
        assertFalse(o.agent().stderr().contains(LEFT_ALONE), o.agent().describe());
        accelerated(o, "jna_it:JitLib.jit_simple_sum", "jna_it:JitLib.jit_point_move", "c:LibC.gettimeofday");
        assertEquals(2, bindings(o, "jna_it:JitLib.jit_simple_sum"), "one binding per copy of JNA\n" + o.report());
    }

    /** Report lines of one method: one per copy of JNA that bound it through ffijit. */
    private static long bindings(Differential.Outcome o, String name) {
        return o.report().lines().filter(l -> l.contains(" " + name + " ")).count();
    }
}
