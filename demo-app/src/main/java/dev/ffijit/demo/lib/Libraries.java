package dev.ffijit.demo.lib;

/** Loads every binding up front, so that timing starts with the libraries already open. */
public final class Libraries {
    private Libraries() {
    }

    /** @throws UnsatisfiedLinkError if libc or zlib cannot be found */
    public static void load() throws ClassNotFoundException {
        if (LibC.INSTANCE == null || Zlib.INSTANCE == null) {
            throw new IllegalStateException("JNA returned no library");
        }
        ClassLoader loader = Libraries.class.getClassLoader();
        // Direct-mapped classes register their natives in their static initializers.
        Class.forName(LibCDirect.class.getName(), true, loader);
        Class.forName(ZlibDirect.class.getName(), true, loader);
    }
}
