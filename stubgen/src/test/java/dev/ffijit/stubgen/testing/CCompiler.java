package dev.ffijit.stubgen.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Builds a shared library from C source with the C compiler for the architecture this JVM runs on. */
public final class CCompiler {
    private CCompiler() {}

    /** {@code ffijit.cc} if set, else the cross compiler on AArch64 when present (the emulated JVM runs it natively). */
    public static String compilerCommand() {
        String cc = System.getProperty("ffijit.cc");
        if (cc != null && !cc.isBlank()) return cc;
        if (System.getProperty("os.arch").equals("aarch64") && onPath("aarch64-linux-gnu-gcc")) {
            return "aarch64-linux-gnu-gcc";
        }
        return "gcc";
    }

    public static Path compile(String source, Path dir, String name) throws IOException, InterruptedException {
        Path c = dir.resolve(name + ".c");
        Path so = dir.resolve("lib" + name + ".so");
        Files.writeString(c, source, StandardCharsets.UTF_8);
        List<String> cmd = List.of(compilerCommand(), "-O1", "-fPIC", "-shared", "-o", so.toString(), c.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("C compiler failed: " + String.join(" ", cmd) + "\n" + out);
        }
        return so;
    }

    private static boolean onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, exe))) return true;
        }
        return false;
    }
}
