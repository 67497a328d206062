package dev.ffijit.bootstrap;

/**
 * The static entry points the agent inserts into {@code com.sun.jna.Native}. They never throw and add no frame to
 * the methods that find their caller by stack depth ({@code register(String)}, {@code register(NativeLibrary)},
 * {@code unregister()}): they are called from inside {@code register(Class, NativeLibrary)} and
 * {@code unregister(Class)} only.
 */
public final class JnaDirect {
    private JnaDirect() {}

    /** Inserted before each return of {@code Native.register(Class, NativeLibrary)}. */
    public static void registered(Class<?> nativeClass, Class<?> cls, Object library) {
        try {
            if (Bridge.hook(nativeClass) instanceof JnaDirectHook h) h.registered(cls, library);
        } catch (Throwable t) {
            // the class keeps JNA's own bindings
        }
    }

    /** Inserted before each return of {@code Native.unregister(Class)}. */
    public static void unregistered(Class<?> nativeClass, Class<?> cls) {
        try {
            if (Bridge.hook(nativeClass) instanceof JnaDirectHook h) h.unregistered(cls);
        } catch (Throwable t) {
            // nothing of ffijit's is left bound: UnregisterNatives removed it
        }
    }
}
