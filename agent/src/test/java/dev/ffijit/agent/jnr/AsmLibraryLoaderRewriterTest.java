package dev.ffijit.agent.jnr;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rewrite of the jnr-ffi version on the class path: where the two calls land, and that the result verifies. */
class AsmLibraryLoaderRewriterTest {
    private static byte[] original() throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(AsmLibraryLoaderRewriter.CLASS + ".class")) {
            assertNotNull(in, "jnr-ffi on the test class path");
            return in.readAllBytes();
        }
    }

    private static MethodNode generateInterfaceImpl(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        return node.methods.stream().filter(m -> m.name.equals("generateInterfaceImpl")).findFirst().orElseThrow();
    }

    @Test
    void generatorsHookFollowsTheArrayAndFinishHookPrecedesTheConstructor() throws Exception {
        MethodNode m = generateInterfaceImpl(AsmLibraryLoaderRewriter.rewrite(original()));
        AbstractInsnNode generators = call(m, "generators");
        AbstractInsnNode store = generators.getNext().getNext();
        assertEquals(Opcodes.ASTORE, store.getOpcode());
        VarInsnNode storedBefore = (VarInsnNode) previousOf(generators, Opcodes.ASTORE);
        assertEquals(storedBefore.var, ((VarInsnNode) store).var, "the hook's result replaces jnr-ffi's array");
        AbstractInsnNode finish = call(m, "finish");
        AbstractInsnNode next = finish.getNext();
        assertEquals(Opcodes.NEW, next.getOpcode());
        assertEquals("jnr/ffi/provider/jffi/SkinnyMethodAdapter", ((TypeInsnNode) next).desc);
        assertTrue(m.instructions.indexOf(generators) < m.instructions.indexOf(finish));
    }

    @Test
    void classVersionIsRaisedJustBeforeTheClassIsBegun() throws Exception {
        MethodNode m = generateInterfaceImpl(AsmLibraryLoaderRewriter.rewrite(original()));
        AbstractInsnNode max = null;
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof MethodInsnNode c && c.owner.equals("java/lang/Math") && c.name.equals("max")) max = i;
        }
        assertNotNull(max, "Math.max(version, 52)");
        assertEquals(AsmLibraryLoaderRewriter.CLASS_VERSION, ((org.objectweb.asm.tree.IntInsnNode) max.getPrevious()).operand);
        AbstractInsnNode after = max;
        for (int i = 0; i < 6; i++) after = after.getNext(); // iload access, aload name, signature, superName, interfaces
        MethodInsnNode visit = (MethodInsnNode) after;
        assertEquals("visit", visit.name);
        assertTrue(visit.owner.endsWith("/ClassVisitor"), visit.owner);
    }

    @Test
    void rewrittenClassVerifies() throws Exception {
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(AsmLibraryLoaderRewriter.rewrite(original())),
                AsmLibraryLoaderRewriterTest.class.getClassLoader(), false, new PrintWriter(problems));
        assertEquals("", problems.toString());
    }

    @Test
    void anotherShapeIsLeftAlone() throws IOException {
        byte[] unrelated;
        try (InputStream in = ClassLoader.getSystemResourceAsStream("jnr/ffi/provider/jffi/ReflectionLibraryLoader.class")) {
            unrelated = in.readAllBytes();
        }
        assertThrows(AsmLibraryLoaderRewriter.UnexpectedShape.class, () -> AsmLibraryLoaderRewriter.rewrite(unrelated));
    }

    private static AbstractInsnNode call(MethodNode m, String name) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof MethodInsnNode c && c.owner.equals("dev/ffijit/bootstrap/JnrHooks") && c.name.equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no call to JnrHooks." + name);
    }

    private static AbstractInsnNode previousOf(AbstractInsnNode from, int opcode) {
        for (AbstractInsnNode i = from.getPrevious(); i != null; i = i.getPrevious()) {
            if (i.getOpcode() == opcode) return i;
        }
        throw new AssertionError("nothing before");
    }
}
