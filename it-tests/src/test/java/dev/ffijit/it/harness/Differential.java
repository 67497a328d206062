package dev.ffijit.it.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The differential check: the same scenario with and without the agent must print the same bytes on stdout and
 * exit the same way. The agent run also writes its report, which tests inspect for the methods they expect on
 * the accelerated path.
 */
public final class Differential {
    private Differential() {}

    /** Both runs, and the agent run's report. */
    public record Outcome(ForkedJvm.Result plain, ForkedJvm.Result agent, String report) {
        /** The report line of a function, e.g. {@code "c:CLib.strlen"}; fails if absent. */
        public String reportLine(String nameFragment) {
            return report.lines().filter(l -> l.contains(nameFragment)).findFirst()
                    .orElseThrow(() -> new AssertionError("no report line for " + nameFragment + " in\n" + report));
        }

        public boolean accelerated(String nameFragment) {
            return reportLine(nameFragment).trim().startsWith("accelerated");
        }
    }

    public static Outcome check(Class<?> scenario, String... args) {
        return check(scenario, Map.of(), args);
    }

    public static Outcome check(Class<?> scenario, Map<String, String> agentConfig, String... args) {
        return check(scenario, ForkedJvm.Options.plain(), agentConfig, args);
    }

    /** Both runs from the same base options (e.g. another JNA jar), the second with the agent attached. */
    public static Outcome check(Class<?> scenario, ForkedJvm.Options base, Map<String, String> agentConfig, String... args) {
        ForkedJvm.Result plain = ForkedJvm.run(scenario, base, args);
        assertEquals(0, plain.exitCode(), "scenario failed without the agent:\n" + plain.describe());
        try {
            Path report = Files.createTempFile(NativeLibs.workDir(), "report", ".txt");
            Map<String, String> config = new HashMap<>(agentConfig);
            config.putIfAbsent("ffijit.report", report.toString());
            ForkedJvm.Result agent = ForkedJvm.run(scenario, base.agent(config), args);
            assertEquals(plain.stdout(), agent.stdout(), "stdout differs with the agent:\n" + agent.describe());
            assertEquals(plain.exitCode(), agent.exitCode(), "exit code differs with the agent:\n" + agent.describe());
            return new Outcome(plain, agent, Files.readString(report));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
