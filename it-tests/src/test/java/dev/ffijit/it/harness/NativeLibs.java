package dev.ffijit.it.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds each {@code src/test/c/NAME.c} into {@code libNAME.so} once per test JVM, with the C compiler of the
 * architecture the tests run on, in a directory scenarios find through {@code jna.library.path}.
 */
public final class NativeLibs {
    private static Path built;

    private NativeLibs() {}

    public static Path workDir() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("ffijit.it.work")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The directory holding the built libraries. */
    public static synchronized Path dir() {
        if (built != null) return built;
        try {
            Path dir = Files.createDirectories(workDir().resolve("native"));
            try (Stream<Path> sources = Files.list(Path.of(System.getProperty("ffijit.it.csources")))) {
                for (Path c : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".c"))::iterator) {
                    String name = c.getFileName().toString().replaceFirst("\\.c$", "");
                    compile(c, dir.resolve("lib" + name + ".so"));
                }
            }
            built = dir;
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The libraries' directory after whatever {@code jna.library.path} this JDK's launcher already sets (the JDK
     * from {@code shared/tools/jdk.sh} points it at its bundled C library, which must stay first).
     */
    public static String jnaLibraryPath() {
        String existing = System.getProperty("jna.library.path");
        String path = existing == null || existing.isEmpty() ? dir().toString() : existing + File.pathSeparator + dir();
        return path + AARCH64_SYSTEM_LIBS;
    }

    /**
     * On AArch64, Debian's multiarch directories go last, for {@code Native.load("m")} and {@code ("z")}: under qemu
     * (shared/tools/arm64-java.sh) JNA takes its platform search path from the host's {@code ldconfig}, which names
     * x86_64 directories, and the arm64 sysroot has {@code libm.so.6} but no {@code libm.so}. JNA finds the versioned
     * file in a directory of {@code jna.library.path}; on an AArch64 machine it searches them anyway.
     */
    private static final String AARCH64_SYSTEM_LIBS = System.getProperty("os.arch").equals("aarch64")
            ? Stream.of("/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu")
                    .filter(d -> Files.isDirectory(Path.of(d)))
                    .map(d -> File.pathSeparator + d)
                    .reduce("", String::concat)
            : "";

    private static void compile(Path source, Path lib) throws IOException {
        String cc = System.getProperty("os.arch").equals("aarch64") ? "aarch64-linux-gnu-gcc" : "gcc";
        List<String> cmd = List.of(cc, "-O1", "-fPIC", "-shared", "-o", lib.toString(), source.toString(), "-lm");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("C compiler failed: " + String.join(" ", cmd) + "\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
