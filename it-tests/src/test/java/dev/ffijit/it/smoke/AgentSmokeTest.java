package dev.ffijit.it.smoke;

import dev.ffijit.it.harness.Differential;
import dev.ffijit.it.harness.ForkedJvm;
import org.junit.jupiter.api.Test;

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

    @Test
    void aBadSettingWarnsOnceAndTheApplicationRuns() {
        ForkedJvm.Result r = ForkedJvm.run(AgentStartsQuietly.class, ForkedJvm.Options.withAgent(Map.of("ffijit.log", "loud")));
        assertEquals(0, r.exitCode());
        assertEquals("hello, 0 args\n", r.stdout());
        assertEquals(1, r.stderr().lines().filter(l -> l.startsWith("[ffijit] WARN")).count(), r.stderr());
        assertTrue(r.stderr().contains("valid: off, warn, info, debug"), r.stderr());
    }
}
