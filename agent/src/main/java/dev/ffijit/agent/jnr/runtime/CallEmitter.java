package dev.ffijit.agent.jnr.runtime;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;

/** One generated method under construction: instructions, its constants and its local variables. */
final class CallEmitter {
    private static final String GENERIC_CALL = "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)"
            + "Ljava/lang/Object;";

    final MethodVisitor mv;
    private final ClassData data;
    private int nextLocal;

    CallEmitter(MethodVisitor mv, ClassData data, int firstFreeLocal) {
        this.mv = mv;
        this.data = data;
        this.nextLocal = firstFreeLocal;
    }

    int newLocal(Class<?> type) {
        int slot = nextLocal;
        nextLocal += Type.getType(type).getSize();
        return slot;
    }

    void constant(Object value, Class<?> type) {
        data.load(mv, value, type);
    }

    void load(Class<?> type, int slot) {
        mv.visitVarInsn(Type.getType(type).getOpcode(Opcodes.ILOAD), slot);
    }

    void store(Class<?> type, int slot) {
        mv.visitVarInsn(Type.getType(type).getOpcode(Opcodes.ISTORE), slot);
    }

    void pushInt(int v) {
        mv.visitLdcInsn(v);
    }

    void checkcast(Class<?> type) {
        if (type != Object.class) mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(type));
    }

    void invokeStatic(Class<?> owner, String name, Class<?> result, Class<?>... params) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(owner), name,
                Type.getMethodDescriptor(Type.getType(result), types(params)), false);
    }

    void invokeVirtual(Class<?> owner, String name, Class<?> result, Class<?>... params) {
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Type.getInternalName(owner), name,
                Type.getMethodDescriptor(Type.getType(result), types(params)), false);
    }

    /** Pushes {@code handle.invokeExact(receiver, value, context)} for a (Object, Object, Object)Object handle. */
    void callConverter(MethodHandle handle, Object converter, int valueSlot, Class<?> valueType, Object context) {
        constant(handle, MethodHandle.class);
        constant(converter, Object.class);
        load(valueType, valueSlot);
        constant(context, Object.class);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact", GENERIC_CALL, false);
    }

    /** As {@link #callConverter} with the value already on the stack. */
    void callConverterOnStack(MethodHandle handle, Object converter, Object context, int tempSlot) {
        mv.visitVarInsn(Opcodes.ASTORE, tempSlot);
        callConverter(handle, converter, tempSlot, Object.class, context);
    }

    private static Type[] types(Class<?>[] classes) {
        Type[] t = new Type[classes.length];
        for (int i = 0; i < classes.length; i++) t[i] = Type.getType(classes[i]);
        return t;
    }
}
