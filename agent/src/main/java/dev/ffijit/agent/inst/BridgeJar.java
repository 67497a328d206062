package dev.ffijit.agent.inst;

import dev.ffijit.agent.config.BridgePlace;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;

/**
 * Puts the bridge classes ({@code dev.ffijit.bootstrap}) on a class path once, the first time a host library is
 * seen, and answers whether a host class loader resolves them to the agent's copy. The agent jar carries them as an
 * embedded jar, not as classes, so no other loader can ever define a second copy.
 * <p>
 * The system class path is preferred: appending to the boot class path makes the JVM print a CDS warning on stderr.
 * A library whose loader cannot see the copy that was placed is left untouched (on its own path).
 */
public final class BridgeJar {
    private static final String RESOURCE = "/META-INF/ffijit/ffijit-bootstrap.jar";
    private static final String BRIDGE = "dev.ffijit.bootstrap.Bridge";

    /** The agent's copy of the bridge once placed; null before, or if placing failed. */
    private static volatile Class<?> bridge;
    private static boolean attempted;

    private BridgeJar() {}

    /**
     * Places the bridge if this is the first host library ({@code host} is its class loader, null for the boot
     * loader) and tells whether {@code host} sees the agent's copy.
     */
    public static synchronized boolean reachableFrom(Instrumentation inst, BridgePlace place, ClassLoader host)
            throws IOException {
        if (!attempted) {
            attempted = true;
            Path jar = extract();
            boolean system = place == BridgePlace.AUTO && delegatesToSystem(host) && appendToSystem(inst, jar);
            if (!system) inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
            try {
                bridge = Class.forName(BRIDGE, false, BridgeJar.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("the agent does not see the bridge it placed on the "
                        + (system ? "system" : "boot") + " class path", e);
            }
        }
        return visibleFrom(host);
    }

    /** Whether {@code host} resolves the bridge to the agent's copy; false before it is placed. */
    public static boolean visibleFrom(ClassLoader host) {
        Class<?> b = bridge;
        if (b == null) return false;
        try {
            return Class.forName(BRIDGE, false, host) == b;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The module that code calling the bridge must read. */
    public static Module module() {
        Class<?> b = bridge;
        if (b == null) throw new IllegalStateException("the bridge is not placed");
        return b.getModule();
    }

    private static Path extract() throws IOException {
        Path jar = Files.createTempFile("ffijit-bootstrap", ".jar");
        try (InputStream in = BridgeJar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException(RESOURCE + " missing from the agent jar");
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        jar.toFile().deleteOnExit();
        return jar;
    }

    /** The loader itself or one of its parents is the system loader: it finds what the system class path has. */
    private static boolean delegatesToSystem(ClassLoader host) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        try {
            for (ClassLoader l = host; l != null; l = l.getParent()) {
                if (l == system) return true;
            }
        } catch (SecurityException e) {
            return false;
        }
        return false;
    }

    /** False when the system loader is a custom one that cannot take an appended jar. */
    private static boolean appendToSystem(Instrumentation inst, Path jar) throws IOException {
        try {
            inst.appendToSystemClassLoaderSearch(new JarFile(jar.toFile()));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
