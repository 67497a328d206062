package dev.ffijit.agent.jna;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a JNA class by editing the bodies of the methods an {@link Edit} picks; everything else is copied as read.
 * The rewriters of JNA's own classes share it so that "the method is not there" means one thing for all of them: the
 * JNA version is not one ffijit knows, and the class stays as it is.
 */
final class MethodEdits {
    /** Picks methods by their access, name and descriptor. */
    interface Edit {
        /** The visitor {@code method}'s body is written through, or null to copy that method as it is. */
        MethodVisitor adapt(int access, String name, String desc, MethodVisitor method);
    }

    private MethodEdits() {}

    /**
     * The rewritten class file, or null if the edit picked no method. {@code readFlags} go to
     * {@link ClassReader#accept}: an edit that adds a branch and its own frame reads with {@code EXPAND_FRAMES}.
     */
    static byte[] apply(byte[] classFile, int readFlags, Edit edit) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        boolean[] edited = {false};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, desc, sig, exceptions);
                MethodVisitor adapted = edit.adapt(access, name, desc, method);
                if (adapted == null) return method;
                edited[0] = true;
                return adapted;
            }
        }, readFlags);
        return edited[0] ? writer.toByteArray() : null;
    }

    static boolean isStatic(int access) {
        return (access & Opcodes.ACC_STATIC) != 0;
    }
}
