package dev.ffijit.agent.jna;

import dev.ffijit.agent.Agent;
import dev.ffijit.agent.host.HostLoader;
import dev.ffijit.agent.log.Log;

import java.util.List;
import java.util.function.Function;

/**
 * Makes the hooks for one copy of JNA, the first time its {@code Library$Handler} (interface mapping) or its
 * {@code Native} (direct mapping) asks: a {@link HostLoader} beside that JNA defines ffijit's JNA runtime, which links
 * against exactly the application's JNA. Both anchors of one JNA share one runtime (one stub linker, one set of
 * thread buffers), keyed by that JNA's {@code Native} class.
 */
final class JnaHooks implements Function<Class<?>, Object> {
    static final String RUNTIME_PACKAGE = "dev.ffijit.agent.jna.runtime.";
    private static final String ENTRY = RUNTIME_PACKAGE + "JnaRuntime";
    private static final String HANDLER = "com.sun.jna.Library$Handler";
    private static final String NATIVE = "com.sun.jna.Native";

    private final Agent agent;
    /** Per JNA copy (its Native class): the runtime's hook lookup, anchor name to hook; null if it could not start. */
    private final ClassValue<Function<String, Object>> runtimes = new ClassValue<>() {
        @Override
        protected Function<String, Object> computeValue(Class<?> nativeClass) {
            return start(nativeClass);
        }
    };

    JnaHooks(Agent agent) {
        this.agent = agent;
    }

    @Override
    public Object apply(Class<?> anchor) {
        String name = anchor.getName();
        if (!name.equals(HANDLER) && !name.equals(NATIVE)) return null;
        try {
            Class<?> nativeClass = name.equals(NATIVE) ? anchor : Class.forName(NATIVE, false, anchor.getClassLoader());
            Function<String, Object> runtime = runtimes.get(nativeClass);
            return runtime == null ? null : runtime.apply(name);
        } catch (ClassNotFoundException | LinkageError e) {
            Log.warn("JNA calls stay on JNA's own path: " + e);
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private Function<String, Object> start(Class<?> nativeClass) {
        try {
            HostLoader loader = HostLoader.beside(nativeClass, List.of(RUNTIME_PACKAGE));
            Class<?> runtime = Class.forName(ENTRY, true, loader);
            return (Function<String, Object>) runtime.getMethod("create", Agent.class, Class.class).invoke(null, agent, nativeClass);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            Log.warn("JNA calls stay on JNA's own path: the JNA runtime could not start", cause);
            return null;
        }
    }
}
