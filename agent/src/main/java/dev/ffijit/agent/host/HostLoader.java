package dev.ffijit.agent.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A class loader per host library loader for the part of ffijit that links against that library: it defines
 * ffijit's host-specific packages itself, from the agent jar, takes every other {@code dev.ffijit} class from the
 * agent's loader (so configuration, report and stubgen are shared), and everything else from the host library's
 * loader. So JNA or jnr-ffi can live in a fat jar, a web application or any child loader, and ffijit still links
 * against exactly the application's copy.
 */
public final class HostLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final ClassLoader agentLoader;
    private final List<String> ownPackages;

    private HostLoader(String name, ClassLoader hostLoader, ClassLoader agentLoader, List<String> ownPackages) {
        super(name, hostLoader);
        this.agentLoader = agentLoader;
        this.ownPackages = List.copyOf(ownPackages);
    }

    /** A loader for {@code ownPackages} (prefixes such as {@code dev.ffijit.agent.jna.runtime.}) beside {@code anchor}'s library. */
    public static HostLoader beside(Class<?> anchor, List<String> ownPackages) {
        return new HostLoader("ffijit-" + anchor.getName(), anchor.getClassLoader(), HostLoader.class.getClassLoader(),
                ownPackages);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                if (owns(name)) c = defineFromAgentJar(name);
                else if (name.startsWith("dev.ffijit.")) c = agentLoader.loadClass(name);
                else return super.loadClass(name, resolve);
            }
            if (resolve) resolveClass(c);
            return c;
        }
    }

    private boolean owns(String name) {
        for (String p : ownPackages) {
            if (name.startsWith(p)) return true;
        }
        return false;
    }

    private Class<?> defineFromAgentJar(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        try (InputStream in = agentLoader.getResourceAsStream(path)) {
            if (in == null) throw new ClassNotFoundException(name);
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length, HostLoader.class.getProtectionDomain());
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
