package dev.ffijit.agent.jnr.runtime;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects generated code needs (converters, contexts, handles, the runtime, counters), handed to the hidden
 * class as its class data and loaded with {@code ldc} of a dynamic constant, which the JIT folds like a literal.
 */
final class ClassData {
    private static final Handle CLASS_DATA_AT = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/MethodHandles",
            "classDataAt", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)"
            + "Ljava/lang/Object;", false);

    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> indexes = new IdentityHashMap<>();
    private final List<ConstantDynamic> loaded = new ArrayList<>();

    /** Pushes {@code value} as a constant of the given type (a type the generated class can name). */
    void load(MethodVisitor mv, Object value, Class<?> type) {
        if (value == null) {
            mv.visitInsn(Opcodes.ACONST_NULL);
            return;
        }
        int index = indexes.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
        ConstantDynamic constant = new ConstantDynamic("_", Type.getDescriptor(type), CLASS_DATA_AT, index);
        if (!loaded.contains(constant)) loaded.add(constant);
        mv.visitLdcInsn(constant);
    }

    /**
     * Resolves every constant once, from the class initializer. The JIT gives up on a method that still holds an
     * unresolved dynamic constant (one on a path not yet taken, such as a converter call a String skips), and the
     * resolution is per class, so one load serves every method.
     */
    void emitResolveAll(MethodVisitor clinit) {
        for (ConstantDynamic c : loaded) {
            clinit.visitLdcInsn(c);
            clinit.visitInsn(Opcodes.POP);
        }
    }

    List<Object> values() {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
