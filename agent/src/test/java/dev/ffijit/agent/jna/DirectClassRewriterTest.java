package dev.ffijit.agent.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which native methods of a direct-mapped class are renamed and wrapped, and what the wrapper looks like. */
class DirectClassRewriterTest {
    /** Never initialised: only its class file is read. */
    @SuppressWarnings("unused")
    static final class Fixture {
        static {
            Native.register("c");
        }

        static native long strlen(String s);
        static native int abs(int x);
        static native int close(int fd) throws LastErrorException;
        native long instance(Pointer p);
        static native int objects(String[] a);
        static native long boxed(Integer i);
    }

    @SuppressWarnings("unused")
    static final class NoJna {
        static native long strlen(String s);
    }

    private record M(int access, String name, String desc, String indyName, Handle bsm, Object[] bsmArgs) {}

    @Test
    void rewritesOnlyMethodsThatNeedMarshalling() throws IOException {
        byte[] rewritten = DirectClassRewriter.rewrite(bytes(Fixture.class));
        assertNotNull(rewritten);
        Map<String, M> methods = methods(rewritten);
        // renamed natives: private static native synthetic, same descriptor
        for (String n : new String[] {"strlen(Ljava/lang/String;)J", "close(I)I", "instance(Lcom/sun/jna/Pointer;)J"}) {
            M renamed = methods.get("ffijit$jna$" + n);
            assertNotNull(renamed, n + " in " + methods.keySet());
            int want = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE | Opcodes.ACC_SYNTHETIC;
            assertEquals(want, renamed.access & want, n);
            M wrapper = methods.get(n);
            assertEquals(0, wrapper.access & Opcodes.ACC_NATIVE, n);
            assertEquals("link", wrapper.bsm.getName());
            assertEquals("dev/ffijit/bootstrap/JnaDirect", wrapper.bsm.getOwner());
            assertEquals("ffijit$jna$" + wrapper.name, wrapper.bsmArgs[0]);
        }
        assertEquals(0, methods.get("instance(Lcom/sun/jna/Pointer;)J").access & Opcodes.ACC_STATIC, "still an instance method");
        // primitive without LastErrorException: bound in place, untouched; types JNA rejects: left to JNA's messages
        for (String n : new String[] {"abs(I)I", "objects([Ljava/lang/String;)I", "boxed(Ljava/lang/Integer;)J"}) {
            assertTrue((methods.get(n).access & Opcodes.ACC_NATIVE) != 0, n);
            assertFalse(methods.containsKey("ffijit$jna$" + n), n);
        }
    }

    @Test
    void leavesOtherClassesAlone() throws IOException {
        assertNull(DirectClassRewriter.rewrite(bytes(NoJna.class)));
        assertFalse(NativeMentions.in(bytes(NoJna.class)));
        assertTrue(NativeMentions.in(bytes(Fixture.class)));
        byte[] once = DirectClassRewriter.rewrite(bytes(Fixture.class));
        assertNull(DirectClassRewriter.rewrite(once), "a rewritten class is not rewritten again");
    }

    private static byte[] bytes(Class<?> c) throws IOException {
        String name = c.getName().substring(c.getPackageName().length() + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, M> methods(byte[] classFile) {
        Map<String, M> out = new HashMap<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                out.put(name + desc, new M(access, name, desc, null, null, null));
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String iname, String idesc, Handle bsm, Object... args) {
                        out.put(name + desc, new M(access, name, desc, iname, bsm, args));
                    }
                };
            }
        }, 0);
        return out;
    }
}
