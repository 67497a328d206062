package dev.ffijit.agent.jnr.runtime;

import jnr.ffi.provider.jffi.FfijitMethodGenerator;

import java.lang.reflect.Field;
import java.util.List;

/** Puts ffijit's generator in front of jnr-ffi's for one interface, and finishes it. */
final class JnrGeneration {
    private JnrGeneration() {}

    static Object[] prepend(JnrBackend backend, Object[] generators, Class<?> interfaceClass, Object library) {
        JnrPlanner planner = new JnrPlanner(backend, libraryName(library));
        return new FfijitMethodGenerator(generators, interfaceClass, planner).prepend();
    }

    static Throwable finish(Object[] generators) {
        return generators.length > 0 && generators[0] instanceof FfijitMethodGenerator g ? g.finish() : null;
    }

    /** The names the application gave {@code LibraryLoader.library(...)}, for the report and the filters. */
    @SuppressWarnings("unchecked")
    static String libraryName(Object nativeLibrary) {
        try {
            Field f = nativeLibrary.getClass().getDeclaredField("libraryNames");
            f.setAccessible(true);
            List<String> names = (List<String>) f.get(nativeLibrary);
            return names.isEmpty() ? "?" : String.join("+", names);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
    }
}
