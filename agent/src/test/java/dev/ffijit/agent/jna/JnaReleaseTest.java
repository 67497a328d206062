package dev.ffijit.agent.jna;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which JNA a class loader sees, read from class files before JNA loads, and what is said about it. */
class JnaReleaseTest {
    @TempDir
    Path dir;

    /** A class file like JNA's {@code com.sun.jna.Version}: an interface with a constant {@code VERSION}. */
    private static byte[] versionClass(String version) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V1_6, Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT, "com/sun/jna/Version", null,
                "java/lang/Object", null);
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "VERSION_NATIVE",
                "Ljava/lang/String;", null, "7.0.4").visitEnd();
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "VERSION", "Ljava/lang/String;",
                null, version).visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void readsTheVersionConstant() {
        assertEquals("5.17.0", JnaRelease.versionIn(versionClass("5.17.0")));
        assertEquals("4.5.2", JnaRelease.versionIn(versionClass("4.5.2")));
    }

    @Test
    void onlyJnaFiveIsSupported() {
        assertTrue(JnaRelease.isSupported("5.0.0"));
        assertTrue(JnaRelease.isSupported("5.17.0"));
        assertTrue(JnaRelease.isSupported("5.18.1-SNAPSHOT"));
        assertFalse(JnaRelease.isSupported("4.5.2"));
        assertFalse(JnaRelease.isSupported("3.5.2"));
        assertFalse(JnaRelease.isSupported("6.0.0"));
        assertFalse(JnaRelease.isSupported("55.0"));
        assertFalse(JnaRelease.isSupported("5"));
    }

    @Test
    void theJnaOfTheApplicationOnTheTestClassPathIsSupported() {
        assertTrue(new JnaRelease().supported(getClass().getClassLoader()));
        assertTrue(new JnaRelease().supported(null)); // the boot loader: found through the system loader
    }

    @Test
    void decidesPerLoaderAndWarnsOncePerVersion() throws IOException {
        JnaRelease release = new JnaRelease();
        ClassLoader five = loader("five", versionClass("5.13.0"), true);
        ClassLoader four = loader("four", versionClass("4.5.2"), true);
        ClassLoader fourAgain = loader("four-again", versionClass("4.5.2"), true);
        ClassLoader three = loader("three", null, true);
        ClassLoader none = loader("none", null, false);
        String out = stderrOf(() -> {
            assertTrue(release.supported(five));
            assertFalse(release.supported(four));
            assertFalse(release.supported(four)); // decided once: no second line
            assertFalse(release.supported(fourAgain));
            assertFalse(release.supported(three));
            assertFalse(release.supported(none));
        });
        assertEquals(String.join(System.lineSeparator(),
                "[ffijit] WARN JNA 4.5.2 is not supported (ffijit follows JNA 5.x): its calls stay on JNA's own path",
                "[ffijit] WARN JNA of unknown version (no readable com.sun.jna.Version) is not supported (ffijit follows"
                        + " JNA 5.x): its calls stay on JNA's own path", ""), out);
    }

    @Test
    void aLoaderWithoutJnaSaysNothing() throws IOException {
        ClassLoader none = loader("empty", null, false);
        assertEquals("", stderrOf(() -> assertFalse(new JnaRelease().supported(none))));
        assertNull(none.getResource("com/sun/jna/Native.class"));
    }

    /** A loader with no parent that sees a Version class file (if given) and a Native class file (if asked). */
    private ClassLoader loader(String name, byte[] version, boolean nativeClass) throws IOException {
        Path root = Files.createDirectories(dir.resolve(name).resolve("com/sun/jna"));
        if (version != null) Files.write(root.resolve("Version.class"), version);
        if (nativeClass) Files.write(root.resolve("Native.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        return new URLClassLoader(new URL[] {dir.resolve(name).toUri().toURL()}, null);
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
