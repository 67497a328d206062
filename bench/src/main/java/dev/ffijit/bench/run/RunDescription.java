package dev.ffijit.bench.run;

/**
 * What the report header says about a run besides the numbers.
 *
 * @param agent      the agent jar as shown (relative to the repository when inside it)
 * @param agentState "used", or why the ffijit styles were not run
 */
public record RunDescription(MachineInfo machine, RunSettings settings, String jmhVersion, String agent,
                             String agentState) {
}
