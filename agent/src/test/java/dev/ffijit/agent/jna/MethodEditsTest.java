package dev.ffijit.agent.jna;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the rewriters of JNA's classes share: only picked methods change, and picking none means no rewrite. */
class MethodEditsTest {
    @SuppressWarnings("unused")
    public static final class Sample {
        public static int one() {
            return 1;
        }

        public static int ten() {
            return 10;
        }
    }

    /** Adds 1 to what the method returns. */
    private static MethodVisitor plusOne(MethodVisitor mv) {
        return new MethodVisitor(Opcodes.ASM9, mv) {
            @Override
            public void visitInsn(int opcode) {
                if (opcode == Opcodes.IRETURN) {
                    super.visitInsn(Opcodes.ICONST_1);
                    super.visitInsn(Opcodes.IADD);
                }
                super.visitInsn(opcode);
            }
        };
    }

    @Test
    void editsOnlyThePickedMethod() throws Exception {
        byte[] rewritten = MethodEdits.apply(bytes(), 0,
                (access, name, desc, mv) -> name.equals("one") && MethodEdits.isStatic(access) ? plusOne(mv) : null);
        Class<?> edited = define(rewritten);
        assertEquals(2, call(edited, "one"));
        assertEquals(10, call(edited, "ten"));
        assertEquals(1, Sample.one());
    }

    @Test
    void noPickedMethodMeansNoRewrite() throws IOException {
        assertNull(MethodEdits.apply(bytes(), 0, (access, name, desc, mv) -> null));
        assertNull(MethodEdits.apply(bytes(), 0,
                (access, name, desc, mv) -> name.equals("one") && !MethodEdits.isStatic(access) ? plusOne(mv) : null));
    }

    private static int call(Class<?> c, String name) throws Exception {
        Method m = c.getMethod(name);
        return (int) m.invoke(null);
    }

    private static Class<?> define(byte[] classFile) {
        return new ClassLoader(MethodEditsTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(Sample.class.getName(), classFile, 0, classFile.length);
            }
        }.define();
    }

    private static byte[] bytes() throws IOException {
        String resource = Sample.class.getName().replace('.', '/') + ".class";
        try (InputStream in = MethodEditsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
