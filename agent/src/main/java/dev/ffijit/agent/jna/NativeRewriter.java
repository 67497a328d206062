package dev.ffijit.agent.jna;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites {@code com.sun.jna.Native} for direct mapping: before each return of
 * {@code register(Class, NativeLibrary)} (the overload the others funnel into, after its symbol lookups and
 * {@code registerMethod} calls succeeded) it calls {@code JnaDirect.registered(Native.class, cls, lib)}, and before
 * each return of {@code unregister(Class)} {@code JnaDirect.unregistered(Native.class, cls)}.
 * <p>
 * Only those two bodies change, with straight-line code (no branch, so no stack map frame): {@code register(String)},
 * {@code register(NativeLibrary)} and {@code unregister()} still find their caller at the same stack depth. An
 * exception thrown by {@code register} (unsupported type, missing symbol) passes by the call, as it should.
 */
final class NativeRewriter {
    static final String NATIVE = "com/sun/jna/Native";
    private static final String REGISTER_DESC = "(Ljava/lang/Class;Lcom/sun/jna/NativeLibrary;)V";
    private static final String UNREGISTER_DESC = "(Ljava/lang/Class;)V";
    private static final String DIRECT = "dev/ffijit/bootstrap/JnaDirect";

    private NativeRewriter() {}

    /** The rewritten class file, or null if neither {@code register(Class, NativeLibrary)} nor {@code unregister(Class)} is there. */
    static byte[] rewrite(byte[] classFile) {
        return MethodEdits.apply(classFile, 0, (access, name, desc, mv) -> {
            if (!MethodEdits.isStatic(access) || (access & Opcodes.ACC_NATIVE) != 0) return null;
            if (name.equals("register") && desc.equals(REGISTER_DESC)) {
                return beforeReturn(mv, "registered", "(Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Object;)V", 2);
            }
            if (name.equals("unregister") && desc.equals(UNREGISTER_DESC)) {
                return beforeReturn(mv, "unregistered", "(Ljava/lang/Class;Ljava/lang/Class;)V", 1);
            }
            return null;
        });
    }

    private static MethodVisitor beforeReturn(MethodVisitor mv, String hook, String desc, int args) {
        return new MethodVisitor(Opcodes.ASM9, mv) {
            @Override
            public void visitInsn(int opcode) {
                if (opcode == Opcodes.RETURN) {
                    super.visitLdcInsn(Type.getObjectType(NATIVE));
                    for (int i = 0; i < args; i++) super.visitVarInsn(Opcodes.ALOAD, i);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, DIRECT, hook, desc, false);
                }
                super.visitInsn(opcode);
            }
        };
    }
}
