package dev.ffijit.agent.jna;

import dev.ffijit.agent.log.Log;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Whether the JNA a class loader sees is one whose per-call rules ffijit follows: JNA 5 (its rules were read from
 * 5.5.0 to 5.17.0 and the it-tests pass from 5.0.0 on). Decided before JNA's classes exist, from the
 * {@code VERSION} constant in the class file of {@code com.sun.jna.Version}, so that no JNA class is rewritten, and
 * no application class rewritten to link against ffijit's JNA hooks, when the answer is no. JNA 3 and 4 differ
 * in API and rules that were never read, and JNA 3's class files are too old for the code ffijit inserts.
 */
final class JnaRelease {
    static final int MAJOR = 5;
    private static final String VERSION_CLASS = "com/sun/jna/Version.class";
    private static final String NATIVE_CLASS = "com/sun/jna/Native.class";

    /** By loader; WeakHashMap takes the boot loader's null as a key too. */
    private final Map<ClassLoader, Boolean> byLoader = Collections.synchronizedMap(new WeakHashMap<>());
    private final Set<String> warned = Collections.synchronizedSet(new HashSet<>());

    /** True if the JNA {@code loader} resolves (parent first, as classes are) is JNA 5; warns once per other version. */
    boolean supported(ClassLoader loader) {
        Boolean known = byLoader.get(loader);
        if (known != null) return known;
        // decided outside the map's lock: reading the resource may load classes, and so come back here
        Boolean decided = decide(loader);
        byLoader.putIfAbsent(loader, decided);
        return decided;
    }

    private Boolean decide(ClassLoader loader) {
        String version = versionSeenBy(loader);
        if (version != null && isSupported(version)) return true;
        if (version == null && !exists(loader, NATIVE_CLASS)) return false; // no JNA here: nothing to say
        String which = version == null ? "of unknown version (no readable com.sun.jna.Version)" : version;
        if (warned.add(which)) {
            Log.warn("JNA " + which + " is not supported (ffijit follows JNA " + MAJOR + ".x): its calls stay on JNA's"
                    + " own path");
        }
        return false;
    }

    static boolean isSupported(String version) {
        int dot = version.indexOf('.');
        return dot > 0 && version.substring(0, dot).equals(Integer.toString(MAJOR));
    }

    private static String versionSeenBy(ClassLoader loader) {
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(VERSION_CLASS)
                : loader.getResourceAsStream(VERSION_CLASS)) {
            return in == null ? null : versionIn(in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean exists(ClassLoader loader, String name) {
        return (loader == null ? ClassLoader.getSystemResource(name) : loader.getResource(name)) != null;
    }

    /** The constant value of the {@code String VERSION} field in a class file of {@code com.sun.jna.Version}, or null. */
    static String versionIn(byte[] classFile) {
        String[] version = {null};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String desc, String sig, Object value) {
                if (name.equals("VERSION") && desc.equals("Ljava/lang/String;") && value instanceof String s) version[0] = s;
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return version[0];
    }
}
