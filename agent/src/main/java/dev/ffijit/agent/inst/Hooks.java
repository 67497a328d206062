package dev.ffijit.agent.inst;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The one factory {@code dev.ffijit.bootstrap.Bridge} knows: it asks each registered host integration in turn,
 * so several integrations (JNA, jnr-ffi) can hook library classes without replacing each other's factory.
 */
public final class Hooks {
    private static final List<Function<Class<?>, Object>> FACTORIES = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private Hooks() {}

    /** Appends the bridge to the bootstrap class path if needed and adds {@code factory} to those asked. */
    public static synchronized void register(Instrumentation inst, Function<Class<?>, Object> factory) throws IOException {
        if (FACTORIES.contains(factory)) return;
        BootstrapJar.ensureAppended(inst);
        FACTORIES.add(factory);
        if (!installed) {
            BridgeAccess.install(Hooks::hookFor);
            installed = true;
        }
    }

    private static Object hookFor(Class<?> anchor) {
        for (Function<Class<?>, Object> f : FACTORIES) {
            try {
                Object hook = f.apply(anchor);
                if (hook != null) return hook;
            } catch (Throwable t) {
                // a broken factory leaves its library on its own path; the others still answer
            }
        }
        return null;
    }

    /** Kept apart so that {@code Bridge} is resolved only after the bootstrap jar is appended. */
    private static final class BridgeAccess {
        static void install(Function<Class<?>, Object> factory) {
            dev.ffijit.bootstrap.Bridge.install(factory);
        }
    }
}
