package dev.ffijit.agent;

import dev.ffijit.agent.config.Config;
import dev.ffijit.agent.config.LogLevel;
import dev.ffijit.agent.inst.HostIntegration;
import dev.ffijit.agent.inst.RoutingTransformer;
import dev.ffijit.agent.log.Log;
import dev.ffijit.stubgen.PlatformName;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's entry points ({@code Premain-Class}, {@code Agent-Class}, {@code Launcher-Agent-Class}). Start-up does
 * nothing but read the configuration and register one name-checking transformer; whatever goes wrong, the
 * application starts, without ffijit and with one warning.
 */
public final class FfijitAgent {
    private static boolean started;

    private FfijitAgent() {}

    public static void premain(String args, Instrumentation inst) {
        start(args, inst, false);
    }

    public static void agentmain(String args, Instrumentation inst) {
        start(args, inst, true);
    }

    private static synchronized void start(String args, Instrumentation inst, boolean late) {
        if (started) return;
        started = true;
        long t0 = System.nanoTime();
        try {
            Config config = Config.load(args, System.getenv(), System.getProperties());
            Log.setLevel(config.get(Config.LOG));
            for (String w : config.warnings()) Log.warn(w);
            if (!config.get(Config.ENABLED)) {
                Log.info("switched off (ffijit.enabled=false)");
                return;
            }
            String platform = PlatformName.current();
            if (platform == null) {
                Log.info(PlatformName.unsupported() + "; every call stays on the library's own path");
                return;
            }
            Agent agent = new Agent(config, inst);
            Agent.setCurrent(agent);
            String report = config.get(Config.REPORT);
            if (!report.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> agent.report().writeTo(report,
                        "JDK " + System.getProperty("java.version") + ", " + platform), "ffijit-report"));
            }
            RoutingTransformer transformer = new RoutingTransformer(Hosts.enabled(agent));
            inst.addTransformer(transformer, true);
            if (late) retransformLoaded(inst, transformer);
            if (Log.enabled(LogLevel.INFO)) { // String.format alone would load the formatter and bootstrap lambdas
                Log.info(String.format("attached in %.1f ms (%s, hosts: %s)", (System.nanoTime() - t0) / 1e6,
                        platform, names(transformer.hosts())));
            }
        } catch (Throwable t) {
            Log.warn("could not start; the application runs without ffijit", t);
        }
    }

    /** Attached after start: classes already loaded pass through the transformer once more. */
    private static void retransformLoaded(Instrumentation inst, RoutingTransformer transformer) {
        List<Class<?>> wanted = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            String name = c.getName().replace('.', '/');
            for (HostIntegration h : transformer.hosts()) {
                if (h.wants(name) && inst.isModifiableClass(c)) wanted.add(c);
            }
        }
        if (wanted.isEmpty()) return;
        try {
            inst.retransformClasses(wanted.toArray(new Class<?>[0]));
        } catch (Throwable t) {
            Log.warn("could not retransform already loaded classes", t);
        }
    }

    private static String names(List<HostIntegration> hosts) {
        List<String> n = new ArrayList<>();
        for (HostIntegration h : hosts) n.add(h.name());
        return n.isEmpty() ? "none" : String.join(", ", n);
    }
}
