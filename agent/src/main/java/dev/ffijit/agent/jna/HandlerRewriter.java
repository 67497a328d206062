package dev.ffijit.agent.jna;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites {@code com.sun.jna.Library$Handler.invoke} to ask ffijit's hook first:
 * <pre>
 *   Object h = Bridge.hook(Library.Handler.class);
 *   if (h != null) { Object r = ((InvocationHook) h).invoke(this, proxy, method, args); if (r != Bridge.PROCEED) return r; }
 *   ...JNA's own body...
 * </pre>
 * Only the method body changes, so this also works when the class is retransformed after a late attach.
 */
final class HandlerRewriter {
    static final String HANDLER = "com/sun/jna/Library$Handler";
    private static final String INVOKE_DESC = "(Ljava/lang/Object;Ljava/lang/reflect/Method;[Ljava/lang/Object;)Ljava/lang/Object;";
    private static final String BRIDGE = "dev/ffijit/bootstrap/Bridge";
    private static final String HOOK = "dev/ffijit/bootstrap/InvocationHook";

    private HandlerRewriter() {}

    /** The rewritten class file, or null if {@code invoke} is not there (an unknown JNA version). */
    static byte[] rewrite(byte[] classFile) {
        return MethodEdits.apply(classFile, ClassReader.EXPAND_FRAMES, (access, name, desc, mv) -> {
            if (!name.equals("invoke") || !desc.equals(INVOKE_DESC) || MethodEdits.isStatic(access)) return null;
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitCode() {
                    super.visitCode();
                    emitHookCall(mv);
                }
            };
        });
    }

    private static void emitHookCall(MethodVisitor mv) {
        Label proceed = new Label();
        mv.visitLdcInsn(Type.getObjectType(HANDLER));
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "hook", "(Ljava/lang/Class;)Ljava/lang/Object;", false);
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFNULL, proceed);
        mv.visitTypeInsn(Opcodes.CHECKCAST, HOOK);
        for (int i = 0; i < 4; i++) mv.visitVarInsn(Opcodes.ALOAD, i);
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, HOOK, "invoke",
                "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/reflect/Method;[Ljava/lang/Object;)Ljava/lang/Object;", true);
        mv.visitInsn(Opcodes.DUP);
        mv.visitFieldInsn(Opcodes.GETSTATIC, BRIDGE, "PROCEED", "Ljava/lang/Object;");
        mv.visitJumpInsn(Opcodes.IF_ACMPEQ, proceed);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitLabel(proceed);
        mv.visitFrame(Opcodes.F_NEW, 4,
                new Object[] {HANDLER, "java/lang/Object", "java/lang/reflect/Method", "[Ljava/lang/Object;"},
                1, new Object[] {"java/lang/Object"});
        mv.visitInsn(Opcodes.POP);
    }
}
