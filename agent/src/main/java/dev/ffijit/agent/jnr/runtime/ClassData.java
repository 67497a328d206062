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
        mv.visitLdcInsn(new ConstantDynamic("_", Type.getDescriptor(type), CLASS_DATA_AT, index));
    }

    List<Object> values() {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
