package dev.ffijit.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the two shared libraries the build compiles with gcc.
 *
 * <p>They are loaded by absolute path in every call style: the JDK may run on its own bundled
 * libc with {@code jna.library.path} pointing there, and the benchmark must not disturb that
 * search path just to find its own libraries.
 */
public final class NativeLibraries {
    /** System property naming the directory holding the libraries; the harness passes it to forks. */
    public static final String DIR_PROPERTY = "bench.nativeDir";

    private NativeLibraries() {
    }

    /** The C library with sum6 and sum8 that JNA, jnr-ffi and FFM bind to. */
    public static String benchLibrary() {
        return library("ffijitbench");
    }

    /** The hand-written JNI glue. */
    public static String jniLibrary() {
        return library("ffijitbenchjni");
    }

    public static Path directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured).toAbsolutePath();
        }
        // target/classes or target/ffijit-benchmarks.jar: both sit next to target/native
        try {
            Path codeSource = Path.of(NativeLibraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.getParent().resolve("native");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the benchmark classes", e);
        }
    }

    private static String library(String name) {
        Path file = directory().resolve(System.mapLibraryName(name));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " not found: build the bench module with Maven (it runs gcc),"
                    + " or set -D" + DIR_PROPERTY + "=<dir>");
        }
        return file.toString();
    }
}
