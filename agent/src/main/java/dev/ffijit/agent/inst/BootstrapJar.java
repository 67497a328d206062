package dev.ffijit.agent.inst;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;

/**
 * Puts the bridge classes ({@code dev.ffijit.bootstrap}) on the bootstrap class path, once, the first time a host
 * library is seen: every class loader then resolves them to the same classes. The agent jar carries them as an
 * embedded jar, not as classes, so no other loader can ever define a second copy.
 */
public final class BootstrapJar {
    private static final String RESOURCE = "/META-INF/ffijit/ffijit-bootstrap.jar";
    private static volatile boolean appended;

    private BootstrapJar() {}

    public static synchronized void ensureAppended(Instrumentation inst) throws IOException {
        if (appended) return;
        Path jar = Files.createTempFile("ffijit-bootstrap", ".jar");
        try (InputStream in = BootstrapJar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException(RESOURCE + " missing from the agent jar");
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        jar.toFile().deleteOnExit();
        inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
        appended = true;
    }
}
