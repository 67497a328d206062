package dev.ffijit.bootstrap;

import java.util.Map;

/**
 * The static entry points the agent inserts into jnr-ffi's {@code AsmLibraryLoader}. They never throw: whatever
 * goes wrong, jnr-ffi continues with its own generators.
 */
public final class JnrHooks {
    private JnrHooks() {}

    /** Inserted right after jnr-ffi builds its {@code MethodGenerator[]}; the result replaces it. */
    public static Object[] generators(Object[] generators, Class<?> interfaceClass, Map<?, ?> libraryOptions,
                                      Object library) {
        try {
            JnrGeneratorHook hook = hookFor(generators);
            return hook == null ? generators : hook.generators(generators, interfaceClass, libraryOptions, library);
        } catch (Throwable t) {
            return generators;
        }
    }

    /**
     * Inserted just before jnr-ffi generates the constructor of the interface implementation. Only an exception
     * jnr-ffi's own generator raised gets through, unchanged, as it would have without ffijit.
     */
    public static void finish(Object[] generators) {
        Throwable jnrFailure;
        try {
            JnrGeneratorHook hook = hookFor(generators);
            jnrFailure = hook == null ? null : hook.finish(generators);
        } catch (Throwable t) {
            jnrFailure = null;
        }
        if (jnrFailure != null) throw JnrHooks.<RuntimeException>sneaky(jnrFailure);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** jnr-ffi's {@code MethodGenerator} interface is the anchor: one hook per copy of jnr-ffi. */
    private static JnrGeneratorHook hookFor(Object[] generators) {
        Object hook = Bridge.hook(generators.getClass().getComponentType());
        return hook instanceof JnrGeneratorHook h ? h : null;
    }
}
