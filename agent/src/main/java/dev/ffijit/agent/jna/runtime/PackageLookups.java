package dev.ffijit.agent.jna.runtime;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A full-privilege lookup in an application class's own package, for defining hidden classes there (the adapter
 * that implements a possibly package-private library interface). {@code privateLookupIn} from ffijit's loader
 * lacks MODULE access, which {@code defineHiddenClass} requires; so a one-method, package-private class is defined
 * in that package once ({@code Lookup.defineClass} needs only package access) and hands out its own lookup.
 */
final class PackageLookups {
    private static final String ANCHOR = "$$ffijit$Lookup";

    private static final ClassValue<MethodHandles.Lookup> LOOKUPS = new ClassValue<>() {
        @Override
        protected MethodHandles.Lookup computeValue(Class<?> type) {
            try {
                return full(type);
            } catch (Throwable t) {
                throw new IllegalStateException("no full lookup in the package of " + type.getName() + ": " + t, t);
            }
        }
    };

    private PackageLookups() {}

    static MethodHandles.Lookup in(Class<?> type) {
        return LOOKUPS.get(type);
    }

    private static synchronized MethodHandles.Lookup full(Class<?> type) throws Throwable {
        MethodHandles.Lookup packageAccess = Opening.privateLookup(type);
        String pkg = type.getPackageName();
        String name = (pkg.isEmpty() ? "" : pkg + ".") + ANCHOR;
        Class<?> anchor;
        try {
            anchor = Class.forName(name, false, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            anchor = packageAccess.defineClass(anchorClass(name.replace('.', '/')));
        }
        MethodHandles.Lookup full = (MethodHandles.Lookup) packageAccess
                .findStatic(anchor, "lookup", MethodType.methodType(MethodHandles.Lookup.class)).invokeExact();
        return full;
    }

    private static byte[] anchorClass(String internalName) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, internalName, null,
                "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", null, null);
        mv.visitCode();
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
