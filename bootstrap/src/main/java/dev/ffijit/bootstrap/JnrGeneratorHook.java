package dev.ffijit.bootstrap;

import java.util.Map;

/**
 * The jnr-ffi integration's hook, called from {@code AsmLibraryLoader.generateInterfaceImpl} as rewritten by the
 * agent. All types are the JDK's: jnr-ffi's own types are not visible from here.
 */
public interface JnrGeneratorHook {
    /**
     * Returns the generator list jnr-ffi will use for one interface: its own {@code MethodGenerator[]}, or a copy
     * with ffijit's generator in front.
     *
     * @param generators jnr-ffi's {@code MethodGenerator[]}
     * @param library    jnr-ffi's {@code NativeLibrary}
     */
    Object[] generators(Object[] generators, Class<?> interfaceClass, Map<?, ?> libraryOptions, Object library);

    /**
     * Called once all methods of the interface have been visited, before jnr-ffi writes the constructor. Returns
     * what jnr-ffi's own generator threw for a method handed back to it, to be rethrown as jnr-ffi would have, or
     * null; ffijit's own failures are never returned.
     */
    Throwable finish(Object[] generators);
}
