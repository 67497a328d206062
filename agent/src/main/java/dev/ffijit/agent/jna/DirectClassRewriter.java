package dev.ffijit.agent.jna;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites, as it loads, a class that calls {@code Native.register} (or has a native method with a JNA type in its
 * signature) and declares native methods JNA's direct mapping needs marshalling for (an object parameter or result,
 * or {@code throws LastErrorException}): each such method {@code m} becomes
 * <ul>
 *   <li>{@code private static native ffijit$jna$m} (same descriptor, synthetic, static even for an instance method:
 *       {@code dispatch_direct} ignores its jclass/jobject argument): JNA registers its closure here, as it would
 *       have on {@code m} ({@link NativeLibraryRewriter} makes it look the symbol up by the original name);</li>
 *   <li>{@code m} itself, no longer native, with the original access, exceptions, annotations and parameters, whose
 *       body is one {@code invokedynamic} linked by {@code dev.ffijit.bootstrap.JnaDirect.link}: JNA's path (the
 *       renamed native) until ffijit binds the class after {@code Native.register}, ffijit's fast path then.</li>
 * </ul>
 * Primitive-only methods are left alone: they are re-bound in place. The body has no branch, so no stack map frame.
 */
final class DirectClassRewriter {
    static final String PREFIX = "ffijit$jna$";
    private static final String LAST_ERROR = "com/sun/jna/LastErrorException";
    private static final Handle LINK = new Handle(Opcodes.H_INVOKESTATIC, "dev/ffijit/bootstrap/JnaDirect", "link",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;)"
                    + "Ljava/lang/invoke/CallSite;", false);

    private DirectClassRewriter() {}

    /**
     * The rewritten class, or null when there is nothing to rewrite. Callers test {@link NativeMentions} first, so
     * that classes without JNA are not parsed.
     */
    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        Scan scan = new Scan();
        reader.accept(scan, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (!(scan.callsRegister || scan.mentionsJnaType) || scan.targets.isEmpty() || scan.version < Opcodes.V1_7 || scan.isInterface) return null;
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                if (!scan.targets.contains(name + desc)) return super.visitMethod(access, name, desc, sig, exceptions);
                // static also for an instance method: JNA's closure ignores its second JNI argument (jclass or jobject)
                int renamedAccess = (access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_VARARGS
                        | Opcodes.ACC_SYNCHRONIZED)) | Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
                MethodVisitor renamed = super.visitMethod(renamedAccess, PREFIX + name, desc, sig, exceptions);
                renamed.visitEnd();
                MethodVisitor wrapper = super.visitMethod(access & ~Opcodes.ACC_NATIVE, name, desc, sig, exceptions);
                return new MethodVisitor(Opcodes.ASM9, wrapper) {
                    @Override
                    public void visitEnd() {
                        emitBody(wrapper, name, desc, (access & Opcodes.ACC_STATIC) == 0);
                        super.visitEnd();
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    private static void emitBody(MethodVisitor mv, String name, String desc, boolean instance) {
        mv.visitCode();
        int local = instance ? 1 : 0; // the receiver is not passed on: direct mapping never used it
        for (Type t : Type.getArgumentTypes(desc)) {
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), local);
            local += t.getSize();
        }
        mv.visitInvokeDynamicInsn(name, desc, LINK, PREFIX + name);
        mv.visitInsn(Type.getReturnType(desc).getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
    }

    /** Pass one: does the class call Native.register, and which of its native methods need marshalling. */
    private static final class Scan extends ClassVisitor {
        int version;
        boolean isInterface;
        boolean callsRegister;
        /** A native method with a JNA type in its signature: a JNA-bound method, whoever registers the class. */
        boolean mentionsJnaType;
        final Set<String> targets = new HashSet<>();
        final List<String> names = new ArrayList<>();

        Scan() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String sig, String superName, String[] interfaces) {
            this.version = version & 0xFFFF;
            this.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
            names.add(name);
            if ((access & Opcodes.ACC_NATIVE) != 0 && !name.startsWith(PREFIX)
                    && (needsMarshalling(desc) || throwsLastError(exceptions))) {
                targets.add(name + desc);
                if (desc.contains("Lcom/sun/jna/")) mentionsJnaType = true;
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String mname, String mdesc, boolean itf) {
                    if (opcode == Opcodes.INVOKESTATIC && owner.equals("com/sun/jna/Native") && mname.equals("register")) {
                        callsRegister = true;
                    }
                }
            };
        }

        @Override
        public void visitEnd() {
            // a class that already has a method of a renamed name is left alone
            for (String n : names) if (n.startsWith(PREFIX)) targets.clear();
        }

        /**
         * An object or array type, and none that direct mapping rejects or passes as a raw object (arrays of objects,
         * {@code java.lang} types but String): those methods keep their name, so JNA's messages about them do too.
         */
        private static boolean needsMarshalling(String desc) {
            Type m = Type.getMethodType(desc);
            boolean objects = false;
            for (Type t : m.getArgumentTypes()) {
                if (rejected(t)) return false;
                objects |= t.getSort() >= Type.ARRAY;
            }
            Type r = m.getReturnType();
            if (rejected(r)) return false;
            return objects || r.getSort() >= Type.ARRAY;
        }

        private static boolean rejected(Type t) {
            if (t.getSort() == Type.ARRAY) return t.getElementType().getSort() >= Type.ARRAY;
            if (t.getSort() != Type.OBJECT) return false;
            String n = t.getInternalName();
            return n.startsWith("java/lang/") && !n.equals("java/lang/String") && n.indexOf('/', "java/lang/".length()) < 0;
        }

        private static boolean throwsLastError(String[] exceptions) {
            if (exceptions == null) return false;
            for (String e : exceptions) if (e.equals(LAST_ERROR)) return true;
            return false;
        }
    }
}
