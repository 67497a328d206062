package dev.ffijit.agent.jna.runtime;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * The constants of a generated hidden class, handed over as its class data and copied by its static initializer
 * into {@code static final} fields, which the JIT treats as constants (and inlines through, for method handles).
 * Not {@code ldc} of dynamic constants: the JIT refuses to compile a method holding one that was never resolved,
 * as a constant on a path not yet taken would be.
 */
final class ClassData {
    private final String owner;
    private final List<Object> values = new ArrayList<>();
    private final List<Class<?>> types = new ArrayList<>();

    ClassData(String owner) {
        this.owner = owner;
    }

    /** Pushes the constant; {@code type} is how the generated code sees it and must be visible to it. */
    void load(MethodVisitor mv, Object value, Class<?> type) {
        values.add(value);
        types.add(type);
        mv.visitFieldInsn(Opcodes.GETSTATIC, owner, field(values.size() - 1), Type.getDescriptor(type));
    }

    /** Declares the fields and the static initializer that fills them from the class data. */
    void finish(ClassVisitor cv) {
        if (values.isEmpty()) return;
        for (int i = 0; i < types.size(); i++) {
            cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, field(i),
                    Type.getDescriptor(types.get(i)), null, null).visitEnd();
        }
        MethodVisitor mv = cv.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        mv.visitLdcInsn("_");
        mv.visitLdcInsn(Type.getType(List.class));
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/util/List");
        for (int i = 0; i < types.size(); i++) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn(i);
            mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/List", "get", "(I)Ljava/lang/Object;", true);
            mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(types.get(i)));
            mv.visitFieldInsn(Opcodes.PUTSTATIC, owner, field(i), Type.getDescriptor(types.get(i)));
        }
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    List<Object> values() {
        return values;
    }

    private static String field(int i) {
        return "K" + i;
    }
}
