package dev.ffijit.bootstrap;

/**
 * The JNA direct-mapping hook, called from {@code com.sun.jna.Native} as rewritten by the agent. All types are the
 * JDK's: JNA's own types are not visible from here.
 */
public interface JnaDirectHook {
    /** At the normal return of {@code Native.register(Class, NativeLibrary)}; {@code library} is the NativeLibrary. */
    void registered(Class<?> cls, Object library);

    /** At the return of {@code Native.unregister(Class)} (also when nothing was registered). */
    void unregistered(Class<?> cls);
}
