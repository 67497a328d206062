package dev.ffijit.agent.jna;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites {@code com.sun.jna.NativeLibrary.getFunction(String name, Method method)}, the lookup
 * {@code Native.register} makes for each native method, to start with
 * <pre>
 *   name = JnaDirect.symbolName(name, method);
 *   method = JnaDirect.original(method);
 * </pre>
 * so that a native method ffijit renamed ({@link DirectClassRewriter}) is looked up, through the function mapper and
 * JNA's cache, exactly as the original method would have been. Straight-line code only.
 */
final class NativeLibraryRewriter {
    static final String NATIVE_LIBRARY = "com/sun/jna/NativeLibrary";
    private static final String DESC = "(Ljava/lang/String;Ljava/lang/reflect/Method;)Lcom/sun/jna/Function;";
    private static final String DIRECT = "dev/ffijit/bootstrap/JnaDirect";

    private NativeLibraryRewriter() {}

    static byte[] rewrite(byte[] classFile) {
        return MethodEdits.apply(classFile, 0, (access, name, desc, mv) -> {
            if (!name.equals("getFunction") || !desc.equals(DESC) || MethodEdits.isStatic(access)) return null;
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitCode() {
                    super.visitCode();
                    super.visitVarInsn(Opcodes.ALOAD, 1);
                    super.visitVarInsn(Opcodes.ALOAD, 2);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, DIRECT, "symbolName",
                            "(Ljava/lang/String;Ljava/lang/reflect/Method;)Ljava/lang/String;", false);
                    super.visitVarInsn(Opcodes.ASTORE, 1);
                    super.visitVarInsn(Opcodes.ALOAD, 2);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, DIRECT, "original",
                            "(Ljava/lang/reflect/Method;)Ljava/lang/reflect/Method;", false);
                    super.visitVarInsn(Opcodes.ASTORE, 2);
                }
            };
        });
    }
}
