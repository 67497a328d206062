package dev.ffijit.it.smoke;

import dev.ffijit.it.harness.Differential;
import dev.ffijit.it.harness.ForkedJvm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentSmokeTest {
    @Test
    void anApplicationWithoutNativeBindingsSeesNoDifferenceAndNoOutput() {
        ForkedJvm.Result agent = ForkedJvm.run(AgentStartsQuietly.class, ForkedJvm.Options.withAgent(Map.of()), "a", "b");
        assertEquals("hello, 2 args\n", agent.stdout());
        assertEquals("", agent.stderr().lines().filter(l -> l.contains("ffijit")).reduce("", String::concat));
        Differential.check(AgentStartsQuietly.class, "x");
    }

    /**
     * Start-up cost is class loading (about 0.7 ms a class here, bench/startup-cost.sh): without JNA or jnr-ffi, the
     * agent must not load ASM, the class rewriters, the calling-convention tables, the code generators or any host's
     * runtime.
     */
    @Test
    void anApplicationWithoutNativeBindingsLoadsOnlyTheAgentsCore() {
        ForkedJvm.Result r = ForkedJvm.run(AgentStartsQuietly.class,
                ForkedJvm.Options.withAgent(Map.of()).jvmArgs("-Xlog:class+load=info:stdout:tags"));
        assertEquals(0, r.exitCode(), r.describe());
        List<String> loaded = r.stdout().lines().filter(l -> l.contains(" dev.ffijit."))
                .map(l -> l.substring(l.indexOf(" dev.ffijit.") + 1).split(" ")[0]).toList();
        assertTrue(loaded.contains("dev.ffijit.agent.FfijitAgent"), "the class-load log is read: " + loaded);
        List<String> heavy = loaded.stream().filter(c -> c.startsWith("dev.ffijit.shaded.")
                || c.startsWith("dev.ffijit.stubgen.") && !c.equals("dev.ffijit.stubgen.PlatformName")
                || c.contains(".runtime.") || c.matches(".*\\.\\w*Rewriter") || c.startsWith("dev.ffijit.bootstrap.")).toList();
        assertEquals(List.of(), heavy, "loaded by an application that never binds a native function");
    }

    @Test
    void aBadSettingWarnsOnceAndTheApplicationRuns() {
        ForkedJvm.Result r = ForkedJvm.run(AgentStartsQuietly.class, ForkedJvm.Options.withAgent(Map.of("ffijit.log", "loud")));
        assertEquals(0, r.exitCode());
        assertEquals("hello, 0 args\n", r.stdout());
        assertEquals(1, r.stderr().lines().filter(l -> l.startsWith("[ffijit] WARN")).count(), r.stderr());
        assertTrue(r.stderr().contains("valid: off, warn, info, debug"), r.stderr());
    }
}
