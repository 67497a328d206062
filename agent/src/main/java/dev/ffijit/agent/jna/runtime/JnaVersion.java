package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Native;

/**
 * The version of the application's JNA, for the few per-call rules that changed between JNA 5 releases. Read from
 * the loaded {@code Native.VERSION} through a method handle: the field is a compile-time constant, so naming it in
 * code would give the version ffijit was compiled against.
 */
final class JnaVersion {
    /** The version string of the JNA that is loaded, e.g. "5.13.0". */
    static final String LOADED = read();

    private JnaVersion() {}

    /**
     * Whether the loaded JNA is at least {@code major.minor}; null when its version string does not start with
     * two numbers, so that a rule that depends on the version is not guessed.
     */
    static Boolean atLeast(int major, int minor) {
        return atLeast(LOADED, major, minor);
    }

    static Boolean atLeast(String version, int major, int minor) {
        if (version == null) return null;
        String[] parts = version.split("[.\\-]", 3);
        if (parts.length < 2) return null;
        int ma, mi;
        try {
            ma = Integer.parseInt(parts[0]);
            mi = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return null;
        }
        return ma != major ? ma > major : mi >= minor;
    }

    private static String read() {
        try {
            // declared by the package-private interface com.sun.jna.Version, which Native implements
            return (String) Opening.privateLookup(Native.class).findStaticGetter(Native.class, "VERSION", String.class)
                    .invoke();
        } catch (Throwable e) {
            return null;
        }
    }
}
