package dev.ffijit.bench.run;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Default locations, derived from where the harness classes live (bench/target/classes or
 * bench/target/ffijit-benchmarks.jar), so the harness works from any working directory.
 */
final class ModuleLayout {
    private ModuleLayout() {
    }

    /** The bench module directory. */
    static Path benchDirectory() {
        try {
            Path codeSource = Path.of(ModuleLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path repositoryRoot() {
        return benchDirectory().getParent();
    }

    /** Where the agent module's build is expected to put the agent. */
    static Path defaultAgentJar() {
        return repositoryRoot().resolve("agent/target/ffijit-agent.jar");
    }

    static Path defaultResultsDirectory() {
        return benchDirectory().resolve("results");
    }

    /** {@code path} relative to the repository when inside it: reports must not carry machine paths. */
    static String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path root = repositoryRoot().toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.getFileName().toString();
    }
}
