package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.agent.Agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * Defines ffijit's generator into jnr-ffi's package, in jnr-ffi's class loader, from the nested jar the agent
 * carries (module {@code jnr-glue}): that class must be a member of {@code jnr.ffi.provider.jffi} to use
 * jnr-ffi's package-private {@code AsmBuilder}.
 */
final class GlueClasses {
    private static final String JAR = "/META-INF/ffijit/ffijit-jnr-glue.jar";
    private static final String GENERATOR = "jnr.ffi.provider.jffi.FfijitMethodGenerator";
    /** Supertypes first: defining a class resolves its interfaces. */
    private static final String[] CLASSES = {
        "jnr/ffi/provider/jffi/FfijitMethodGenerator$Planner.class",
        "jnr/ffi/provider/jffi/FfijitMethodGenerator$Request.class",
        "jnr/ffi/provider/jffi/FfijitMethodGenerator.class",
    };

    private GlueClasses() {}

    /** @param methodGenerator jnr-ffi's {@code MethodGenerator} interface, whose loader and package receive them */
    static void define(Class<?> methodGenerator) throws IOException, IllegalAccessException {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(methodGenerator, MethodHandles.lookup());
        byte[][] bytes = read();
        for (byte[] b : bytes) {
            try {
                lookup.defineClass(b);
            } catch (LinkageError alreadyThere) {
                // another ffijit hook for this loader got there first; its classes are the same
            }
        }
        // Initialised now, so that a jnr-ffi whose ASM lacks what the generator's constants use (jnr-ffi 2.0 brings
        // ASM 5.0, without Handle's five-argument constructor) fails here once, not at each interface.
        try {
            Class.forName(GENERATOR, true, methodGenerator.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException(GENERATOR + " not defined", e);
        }
    }

    private static byte[][] read() throws IOException {
        byte[][] out = new byte[CLASSES.length][];
        try (InputStream raw = Agent.class.getResourceAsStream(JAR)) {
            if (raw == null) throw new IOException(JAR + " missing from the agent jar");
            try (JarInputStream jar = new JarInputStream(raw)) {
                for (JarEntry entry; (entry = jar.getNextJarEntry()) != null; ) {
                    for (int i = 0; i < CLASSES.length; i++) {
                        if (entry.getName().equals(CLASSES[i])) out[i] = jar.readAllBytes();
                    }
                }
            }
        }
        for (int i = 0; i < CLASSES.length; i++) {
            if (out[i] == null) throw new IOException(CLASSES[i] + " missing from " + JAR);
        }
        return out;
    }
}
