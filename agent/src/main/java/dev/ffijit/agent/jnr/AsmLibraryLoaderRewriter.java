package dev.ffijit.agent.jnr;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Inserts ffijit's two calls into jnr-ffi's {@code AsmLibraryLoader.generateInterfaceImpl}, bytes to bytes, and
 * raises the class file version it writes to at least Java 8's:
 *
 * <pre>
 *   cv.visit(Math.max(version, 52), access, ...);
 *   ...
 *   MethodGenerator[] generators = { ... };
 *   generators = (MethodGenerator[]) JnrHooks.generators(generators, interfaceClass, libraryOptions, library);
 *   ... the loop over the interface's methods, the variable accessors ...
 *   JnrHooks.finish(generators);
 *   SkinnyMethodAdapter init = new SkinnyMethodAdapter(cv, ACC_PUBLIC, "&lt;init&gt;", ...);
 * </pre>
 *
 * Both insertions are straight-line code at statement boundaries, so no stack map frame changes. When the method
 * does not have the expected shape (another jnr-ffi version), nothing is changed.
 */
final class AsmLibraryLoaderRewriter {
    static final String CLASS = "jnr/ffi/provider/jffi/AsmLibraryLoader";
    private static final String METHOD = "generateInterfaceImpl";
    private static final String DESCRIPTOR = "(Ljnr/ffi/provider/jffi/NativeLibrary;Ljava/lang/Class;Ljava/util/Map;"
            + "Ljnr/ffi/provider/jffi/AsmClassLoader;)Ljava/lang/Object;";
    private static final String GENERATOR = "jnr/ffi/provider/jffi/MethodGenerator";
    private static final String SKINNY = "jnr/ffi/provider/jffi/SkinnyMethodAdapter";
    private static final String HOOKS = "dev/ffijit/bootstrap/JnrHooks";
    private static final String VISIT = "(IILjava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;)V";
    /** Java 8's, what jnr-ffi 2.2.12 and later write themselves. */
    static final int CLASS_VERSION = Opcodes.V1_8;
    // generateInterfaceImpl(NativeLibrary library, Class interfaceClass, Map libraryOptions, AsmClassLoader loader)
    private static final int LIBRARY = 1, INTERFACE = 2, OPTIONS = 3;

    /** Thrown when jnr-ffi's code does not look as expected. */
    static final class UnexpectedShape extends Exception {
        UnexpectedShape(String what) {
            super(what);
        }
    }

    private AsmLibraryLoaderRewriter() {}

    static byte[] rewrite(byte[] classFile) throws UnexpectedShape {
        ClassReader reader = new ClassReader(classFile);
        ClassNode node = new ClassNode();
        reader.accept(node, 0);
        MethodNode method = node.methods.stream()
                .filter(m -> m.name.equals(METHOD) && m.desc.equals(DESCRIPTOR) && (m.access & Opcodes.ACC_STATIC) == 0)
                .findFirst().orElseThrow(() -> new UnexpectedShape("no " + METHOD + DESCRIPTOR));
        raiseClassVersion(method);
        int generators = insertGeneratorsHook(method.instructions);
        insertFinishHook(method.instructions, generators);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }

    /**
     * Before {@code cv.visit(version, access, name, signature, superName, interfaces)}: the version becomes at least
     * {@link #CLASS_VERSION}. ffijit's methods link through {@code invokedynamic}, which class files before version 51
     * cannot hold; jnr-ffi up to 2.2.11 writes version 50 and from 2.2.12 on writes 52 with the same generators.
     * The five arguments above the version go to fresh locals and back, in straight-line code, so no frame changes.
     */
    private static void raiseClassVersion(MethodNode method) throws UnexpectedShape {
        MethodInsnNode visit = (MethodInsnNode) find(method.instructions.getFirst(), i -> i instanceof MethodInsnNode m
                && m.getOpcode() == Opcodes.INVOKEVIRTUAL && m.owner.endsWith("/ClassVisitor") && m.name.equals("visit")
                && m.desc.equals(VISIT), "cv.visit(version, ...)");
        int access = method.maxLocals, name = access + 1, signature = access + 2, superName = access + 3,
                interfaces = access + 4;
        InsnList raise = new InsnList();
        raise.add(new VarInsnNode(Opcodes.ASTORE, interfaces));
        raise.add(new VarInsnNode(Opcodes.ASTORE, superName));
        raise.add(new VarInsnNode(Opcodes.ASTORE, signature));
        raise.add(new VarInsnNode(Opcodes.ASTORE, name));
        raise.add(new VarInsnNode(Opcodes.ISTORE, access));
        raise.add(new IntInsnNode(Opcodes.BIPUSH, CLASS_VERSION));
        raise.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Math", "max", "(II)I", false));
        raise.add(new VarInsnNode(Opcodes.ILOAD, access));
        raise.add(new VarInsnNode(Opcodes.ALOAD, name));
        raise.add(new VarInsnNode(Opcodes.ALOAD, signature));
        raise.add(new VarInsnNode(Opcodes.ALOAD, superName));
        raise.add(new VarInsnNode(Opcodes.ALOAD, interfaces));
        method.instructions.insertBefore(visit, raise);
    }

    /** After {@code astore generators}; returns that local's index. */
    private static int insertGeneratorsHook(InsnList code) throws UnexpectedShape {
        AbstractInsnNode newArray = find(code.getFirst(), i -> i.getOpcode() == Opcodes.ANEWARRAY
                && ((TypeInsnNode) i).desc.equals(GENERATOR), "new MethodGenerator[]");
        VarInsnNode store = (VarInsnNode) find(newArray, i -> i.getOpcode() == Opcodes.ASTORE, "store of the generators");
        InsnList hook = new InsnList();
        hook.add(new VarInsnNode(Opcodes.ALOAD, store.var));
        hook.add(new VarInsnNode(Opcodes.ALOAD, INTERFACE));
        hook.add(new VarInsnNode(Opcodes.ALOAD, OPTIONS));
        hook.add(new VarInsnNode(Opcodes.ALOAD, LIBRARY));
        hook.add(new MethodInsnNode(Opcodes.INVOKESTATIC, HOOKS, "generators",
                "([Ljava/lang/Object;Ljava/lang/Class;Ljava/util/Map;Ljava/lang/Object;)[Ljava/lang/Object;", false));
        hook.add(new TypeInsnNode(Opcodes.CHECKCAST, Type.getType("[L" + GENERATOR + ";").getInternalName()));
        hook.add(new VarInsnNode(Opcodes.ASTORE, store.var));
        code.insert(store, hook);
        return store.var;
    }

    /** Before {@code new SkinnyMethodAdapter(cv, ACC_PUBLIC, "<init>", ...)}. */
    private static void insertFinishHook(InsnList code, int generators) throws UnexpectedShape {
        AbstractInsnNode init = find(code.getFirst(), i -> i instanceof LdcInsnNode l && "<init>".equals(l.cst),
                "the constructor's generation");
        AbstractInsnNode newAdapter = init;
        while (newAdapter != null && !(newAdapter.getOpcode() == Opcodes.NEW && ((TypeInsnNode) newAdapter).desc.equals(SKINNY))) {
            newAdapter = newAdapter.getPrevious();
        }
        if (newAdapter == null) throw new UnexpectedShape("new SkinnyMethodAdapter before \"<init>\"");
        InsnList hook = new InsnList();
        hook.add(new VarInsnNode(Opcodes.ALOAD, generators));
        hook.add(new MethodInsnNode(Opcodes.INVOKESTATIC, HOOKS, "finish", "([Ljava/lang/Object;)V", false));
        code.insertBefore(newAdapter, hook);
    }

    private static AbstractInsnNode find(AbstractInsnNode from, java.util.function.Predicate<AbstractInsnNode> p,
                                         String what) throws UnexpectedShape {
        for (AbstractInsnNode i = from; i != null; i = i.getNext()) {
            if (p.test(i)) return i;
        }
        throw new UnexpectedShape("no " + what);
    }
}
