package dev.ffijit.agent.inst;

import dev.ffijit.agent.config.BridgePlace;

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

    /**
     * Places the bridge if needed and adds {@code factory} to those asked. Returns false, registering nothing, when
     * the library's loader {@code host} cannot see the bridge: its classes must then stay as they are.
     */
    public static synchronized boolean register(Instrumentation inst, BridgePlace place, ClassLoader host,
                                                Function<Class<?>, Object> factory) throws IOException {
        if (!BridgeJar.reachableFrom(inst, place, host)) return false;
        if (!FACTORIES.contains(factory)) FACTORIES.add(factory);
        if (!installed) {
            BridgeAccess.install(Hooks::hookFor);
            installed = true;
        }
        return true;
    }

    /** The info line for a host class left untouched because its loader cannot see the bridge. */
    public static String unreachable(String internalName, ClassLoader loader) {
        String name = loader == null || loader.getName() == null ? "" : "'" + loader.getName() + "' ";
        return internalName.replace('/', '.') + " (loader " + name + loader + ") left as it is, on its library's own path:"
                + " that loader does not see ffijit's bridge on the system class path (ffijit.bridge=boot puts it"
                + " where every loader sees it)";
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

    /** Kept apart so that {@code Bridge} is resolved only after the bridge jar is placed. */
    private static final class BridgeAccess {
        static void install(Function<Class<?>, Object> factory) {
            dev.ffijit.bootstrap.Bridge.install(factory);
        }
    }
}
