package dev.ffijit.agent.jna.runtime;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * Generates the adapter of one bound library: a hidden class in the interface's own package that implements the
 * interface, each accelerated method calling its fast method through a constant MethodHandle from the class data
 * (the JIT inlines it), and casting an erased result back to the declared type. Methods that are not accelerated
 * are left abstract: their proxy slot stays empty, so the adapter never receives them.
 */
final class AdapterWriter {
    private final ClassWriter cw;
    private final ClassData data;

    AdapterWriter(Class<?> iface) {
        String pkg = iface.getPackageName().replace('.', '/');
        String name = (pkg.isEmpty() ? "" : pkg + "/") + iface.getSimpleName() + "$ffijit";
        data = new ClassData(name);
        cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name, null, "java/lang/Object",
                new String[] {Type.getInternalName(iface)});
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    ClassData data() { return data; }

    void add(Method m, MethodHandle fast) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, m.getName(), Type.getMethodDescriptor(m),
                null, null);
        mv.visitCode();
        data.load(mv, fast, MethodHandle.class);
        int local = 1;
        for (Class<?> p : m.getParameterTypes()) {
            Type t = Type.getType(p);
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), local);
            local += t.getSize();
        }
        MethodType type = fast.type();
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact",
                type.toMethodDescriptorString(), false);
        Class<?> declared = m.getReturnType();
        if (type.returnType() != declared) mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(declared));
        mv.visitInsn(Type.getType(declared).getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    byte[] finish() {
        data.finish(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }
}
