package dev.ffijit.agent.jna;

import dev.ffijit.agent.Agent;
import dev.ffijit.agent.host.HostLoader;
import dev.ffijit.agent.log.Log;

import java.util.List;
import java.util.function.Function;

/**
 * Makes the hook for one copy of JNA, the first time its {@code Library$Handler} asks: a {@link HostLoader} beside
 * that JNA defines ffijit's JNA runtime, which links against exactly the application's JNA.
 */
final class JnaHooks implements Function<Class<?>, Object> {
    static final String RUNTIME_PACKAGE = "dev.ffijit.agent.jna.runtime.";
    private static final String ENTRY = RUNTIME_PACKAGE + "JnaRuntime";

    private final Agent agent;

    JnaHooks(Agent agent) {
        this.agent = agent;
    }

    @Override
    public Object apply(Class<?> anchor) {
        if (!anchor.getName().equals("com.sun.jna.Library$Handler")) return null;
        try {
            HostLoader loader = HostLoader.beside(anchor, List.of(RUNTIME_PACKAGE));
            Class<?> runtime = Class.forName(ENTRY, true, loader);
            return runtime.getMethod("create", Agent.class, Class.class).invoke(null, agent, anchor);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            Log.warn("JNA calls stay on JNA's own path: the JNA runtime could not start", cause);
            return null;
        }
    }
}
