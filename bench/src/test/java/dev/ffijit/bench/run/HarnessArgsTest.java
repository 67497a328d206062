package dev.ffijit.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HarnessArgsTest {

    @Test
    void quickIsTheDefault() {
        assertEquals("quick", HarnessArgs.parse(new String[0]).settings.mode());
    }

    @Test
    void overridesApplyToTheChosenModeInAnyOrder() {
        HarnessArgs h = HarnessArgs.parse(new String[] {"--forks", "1", "--full", "--time", "500"});
        assertEquals("full", h.settings.mode());
        assertEquals(1, h.settings.forks());
        assertEquals(500, h.settings.warmupMillis());
        assertEquals(500, h.settings.measurementMillis());
        assertEquals(RunSettings.full().measurementIterations(), h.settings.measurementIterations());
    }

    @Test
    void agentPathAndExtraJvmArguments() {
        HarnessArgs h = HarnessArgs.parse(new String[] {"--agent", "x/agent.jar", "--agent-jvm-arg", "-Dffijit.debug=true",
                "--jvm-arg", "-Xmx1g"});
        assertEquals(Path.of("x/agent.jar"), h.agentJar);
        assertEquals(java.util.List.of("-Dffijit.debug=true"), h.agentJvmArgs);
        assertEquals(java.util.List.of("-Xmx1g"), h.jvmArgs);
    }

    @Test
    void defaultAgentIsTheAgentModulesJar() {
        assertTrue(HarnessArgs.parse(new String[0]).agentJar.endsWith(Path.of("agent", "target", "ffijit-agent.jar")));
    }

    @Test
    void rejectsUnknownArguments() {
        assertThrows(HarnessArgs.UsageException.class, () -> HarnessArgs.parse(new String[] {"--fast"}));
        assertThrows(HarnessArgs.UsageException.class, () -> HarnessArgs.parse(new String[] {"--agent"}));
    }
}
