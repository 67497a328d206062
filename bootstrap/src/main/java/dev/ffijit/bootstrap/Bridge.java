package dev.ffijit.bootstrap;

import java.util.function.Function;

/**
 * Where instrumented library code finds the agent. Library classes cannot name agent classes (they may live in
 * different class loaders), so the agent registers one hook object per library class loader, keyed by an anchor
 * class of that library, and instrumented code fetches it through JDK types only.
 */
public final class Bridge {
    /** Returned by a hook that leaves the call to the library's own path. */
    public static final Object PROCEED = new Object();

    private static volatile Function<Class<?>, Object> factory = anchor -> null;

    private static final ClassValue<Object> HOOKS = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> anchor) {
            try {
                return factory.apply(anchor);
            } catch (Throwable t) {
                return null;
            }
        }
    };

    private Bridge() {}

    /** Called once by the agent: makes the hook object for a library anchor class, or null for none. */
    public static void install(Function<Class<?>, Object> hookFactory) {
        factory = hookFactory;
    }

    /** The hook for the library that {@code anchor} belongs to, or null when the agent has none for it. */
    public static Object hook(Class<?> anchor) {
        return HOOKS.get(anchor);
    }
}
