package dev.ffijit.agent;

import dev.ffijit.agent.config.Config;
import dev.ffijit.agent.dump.Dump;
import dev.ffijit.agent.report.Report;
import dev.ffijit.stubgen.Platform;

import java.lang.instrument.Instrumentation;

/** The running agent's shared state, reachable from every host integration and its host loaders. */
public final class Agent {
    private static volatile Agent current;

    private final Config config;
    private final Instrumentation instrumentation;
    /** Built on first use: its calling-convention tables are not worth building for an application without JNA. */
    private volatile Platform platform;
    private final Report report;
    private final Dump dump;

    Agent(Config config, Instrumentation instrumentation) {
        this.config = config;
        this.instrumentation = instrumentation;
        this.report = new Report(!config.get(Config.REPORT).isEmpty());
        this.dump = new Dump(config.get(Config.DUMP));
    }

    /** The running agent, or null when ffijit is not attached or is switched off. */
    public static Agent current() { return current; }

    static void setCurrent(Agent a) { current = a; }

    public Config config() { return config; }
    public Instrumentation instrumentation() { return instrumentation; }
    public Platform platform() {
        Platform p = platform;
        if (p == null) platform = p = Platform.current();
        return p;
    }

    public Report report() { return report; }
    public Dump dump() { return dump; }
}
