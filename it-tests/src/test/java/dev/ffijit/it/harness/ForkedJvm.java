package dev.ffijit.it.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a scenario's {@code main} in a fresh JVM of the same JDK as the tests (so {@code .ci/run} covers JDK 17
 * and 25 by running the suite on each), with or without the agent.
 */
public final class ForkedJvm {
    private static final long TIMEOUT_SECONDS = 300;

    private ForkedJvm() {}

    /** What one run printed. */
    public record Result(String stdout, String stderr, int exitCode, List<String> command) {
        public String describe() {
            return "exit " + exitCode + "\n--- command\n" + String.join(" ", command) + "\n--- stdout\n" + stdout
                    + "\n--- stderr\n" + stderr;
        }
    }

    /** Options of one run. */
    public record Options(boolean agent, List<String> jvmArgs, Map<String, String> agentConfig, String classPath) {
        public static Options plain() { return new Options(false, List.of(), Map.of(), System.getProperty("ffijit.it.classpath")); }
        public static Options withAgent(Map<String, String> config) { return plain().agent(config); }

        /** The same run with the agent attached, configured by these system properties. */
        public Options agent(Map<String, String> config) { return new Options(true, jvmArgs, config, classPath); }

        public Options jvmArgs(String... more) {
            List<String> all = new ArrayList<>(jvmArgs);
            all.addAll(List.of(more));
            return new Options(agent, all, agentConfig, classPath);
        }

        /** The same run with another JNA jar in place of the one the build uses. */
        public Options jna(Path jar) {
            return swap(file -> file.startsWith("jna-") && !file.startsWith("jna-platform"), 1, List.of(jar), "JNA");
        }

        /**
         * The same run with the jars of {@code dir} (another jnr-ffi with its jffi) in place of the build's jnr-ffi,
         * jffi and jffi-native jars.
         */
        public Options jnr(Path dir) {
            return swap(file -> file.startsWith("jnr-ffi-") || file.startsWith("jffi-"), 3, jarsIn(dir), "jnr-ffi and jffi");
        }

        /** The same run with the ASM jars of {@code dir} in place of the build's five (asm, -commons, -analysis, -tree, -util). */
        public Options asm(Path dir) {
            return swap(file -> file.startsWith("asm-"), 5, jarsIn(dir), "ASM");
        }

        private static List<Path> jarsIn(Path dir) {
            try (java.util.stream.Stream<Path> jars = java.nio.file.Files.list(dir)) {
                return jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * The same run with the build's test classes directory replaced by a jar of {@code classes} (with their nested
         * classes). Class-path lookups in a directory that does not hold a class fail with ENOENT, and the JVM leaves
         * that in errno; with jars only, a run's errno is what JNA and ffijit leave there.
         */
        public Options packed(Class<?>... classes) {
            Path classesDir = Path.of(System.getProperty("ffijit.it.testClasses"));
            Path jar = NativeLibs.workDir().resolve(classes[0].getSimpleName() + ".jar");
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
                for (Class<?> c : classes) {
                    Path pkg = classesDir.resolve(c.getPackageName().replace('.', File.separatorChar));
                    String prefix = c.getName().substring(c.getPackageName().length() + 1);
                    try (java.util.stream.Stream<Path> files = Files.list(pkg)) {
                        for (Path f : files.filter(f -> f.getFileName().toString().equals(prefix + ".class")
                                || f.getFileName().toString().startsWith(prefix + "$")).sorted().toList()) {
                            out.putNextEntry(new java.util.jar.JarEntry(classesDir.relativize(f).toString().replace(File.separatorChar, '/')));
                            out.write(Files.readAllBytes(f));
                            out.closeEntry();
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            List<String> entries = new ArrayList<>();
            for (String e : classPath.split(File.pathSeparator)) entries.add(Path.of(e).equals(classesDir) ? jar.toString() : e);
            if (!entries.contains(jar.toString())) throw new IllegalStateException("no " + classesDir + " in " + classPath);
            return new Options(agent, jvmArgs, agentConfig, String.join(File.pathSeparator, entries));
        }

        /** Removes the {@code count} class-path jars whose file name {@code old} accepts and puts {@code jars} first. */
        private Options swap(java.util.function.Predicate<String> old, int count, List<Path> jars, String what) {
            List<String> entries = new ArrayList<>();
            int replaced = 0;
            for (String e : classPath.split(File.pathSeparator)) {
                String file = Path.of(e).getFileName().toString();
                if (file.endsWith(".jar") && old.test(file)) replaced++;
                else entries.add(e);
            }
            if (replaced != count) {
                throw new IllegalStateException("expected " + count + " " + what + " jars in the class path: " + classPath);
            }
            List<String> all = new ArrayList<>();
            jars.forEach(j -> all.add(j.toString()));
            all.addAll(entries);
            return new Options(agent, jvmArgs, agentConfig, String.join(File.pathSeparator, all));
        }
    }

    public static Result run(Class<?> mainClass, Options options, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 22) cmd.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 23) cmd.add("--sun-misc-unsafe-memory-access=allow");
        cmd.add("-Djna.library.path=" + NativeLibs.jnaLibraryPath());
        cmd.add("-Djava.io.tmpdir=" + NativeLibs.workDir());
        cmd.add("-Dfile.encoding=UTF-8");
        if (options.agent()) {
            cmd.add("-javaagent:" + agentJar());
            options.agentConfig().forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        }
        cmd.addAll(options.jvmArgs());
        cmd.add("-cp");
        cmd.add(options.classPath());
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(NativeLibs.workDir(), "stdout", ".txt");
            Path err = Files.createTempFile(NativeLibs.workDir(), "stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("FFIJIT_"));
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", cmd));
            }
            return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                    p.exitValue(), cmd);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Path agentJar() {
        Path jar = Path.of(System.getProperty("ffijit.it.agentJar"));
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("agent jar not built: " + jar);
        return jar;
    }
}
