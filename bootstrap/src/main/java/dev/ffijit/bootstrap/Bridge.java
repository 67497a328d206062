package dev.ffijit.bootstrap;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Where instrumented library code finds the agent. Library classes cannot name agent classes (they may live in
 * different class loaders), so the agent registers one hook object per library class loader, keyed by an anchor
 * class of that library, and instrumented code fetches it through JDK types only.
 */
public final class Bridge {
    /** Returned by a hook that leaves the call to the library's own path. */
    public static final Object PROCEED = new Object();

    /** One factory per host integration; each answers only for its own library's anchor classes. */
    private static final List<Function<Class<?>, Object>> FACTORIES = new CopyOnWriteArrayList<>();

    private static final ClassValue<Object> HOOKS = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> anchor) {
            for (Function<Class<?>, Object> f : FACTORIES) {
                try {
                    Object hook = f.apply(anchor);
                    if (hook != null) return hook;
                } catch (Throwable t) {
                    // a broken factory leaves this library on its own path; the others still answer
                }
            }
            return null;
        }
    };

    private Bridge() {}

    /**
     * Called once per host integration: adds a factory that makes the hook object for an anchor class of its
     * library, or returns null for classes that are not its library's.
     */
    public static void install(Function<Class<?>, Object> hookFactory) {
        FACTORIES.add(hookFactory);
    }

    /** The hook for the library that {@code anchor} belongs to, or null when the agent has none for it. */
    public static Object hook(Class<?> anchor) {
        return HOOKS.get(anchor);
    }
}
