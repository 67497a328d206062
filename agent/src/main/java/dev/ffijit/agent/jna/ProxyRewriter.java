package dev.ffijit.agent.jna;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a JDK proxy class of a JNA library interface one slot per interface method ({@link ProxySlots}) and
 * prepends to that method
 * <pre>
 *   Iface f = this.ffijit$m$..; if (f != null) return f.m(args);
 * </pre>
 * leaving the proxy's own body (the call to its InvocationHandler) as the path taken while the slot is empty.
 * The slot is read once, into a local. Object methods and default methods keep the proxy's own body only. The
 * slot call sits in the same exception handlers as the proxy's own call: what the method does not declare, and is
 * neither an Error nor a RuntimeException, is thrown as an {@code UndeclaredThrowableException}, as the JDK's
 * proxy body throws it for whatever its handler throws.
 */
final class ProxyRewriter {
    private static final String PROXY = "java/lang/reflect/Proxy";
    private static final String LIBRARY = "com.sun.jna.Library";
    private static final String UNDECLARED = "java/lang/reflect/UndeclaredThrowableException";
    private static final Set<String> OBJECT_METHODS = Set.of("equals(Ljava/lang/Object;)Z", "hashCode()I",
            "toString()Ljava/lang/String;");

    private ProxyRewriter() {}

    /** The rewritten proxy class, or null when it is not a proxy of exactly one JNA library interface. */
    static byte[] rewrite(ClassLoader loader, byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        if (!PROXY.equals(reader.getSuperName()) || reader.getInterfaces().length != 1) return null;
        Class<?> iface = libraryInterface(loader, reader.getInterfaces()[0]);
        if (iface == null) return null;
        Map<String, Method> slotted = slottedMethods(iface);
        if (slotted.isEmpty()) return null;

        String proxyName = reader.getClassName();
        String ifaceName = reader.getInterfaces()[0];
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        Set<String> fields = new HashSet<>();
        List<String[]> toDeclare = new ArrayList<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, desc, sig, exceptions);
                if ((access & Opcodes.ACC_STATIC) != 0 || !slotted.containsKey(name + desc)) return mv;
                String field = ProxySlots.fieldName(name, desc);
                if (!fields.add(field)) return mv; // a descriptor hash collision: that method keeps the handler path
                toDeclare.add(new String[] {field});
                Class<?>[] declared = slotted.get(name + desc).getExceptionTypes();
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitCode() {
                        super.visitCode();
                        emitSlotCall(mv, proxyName, ifaceName, field, name, desc, declared);
                    }
                };
            }

            @Override
            public void visitEnd() {
                for (String[] f : toDeclare) {
                    cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC, f[0], "L" + ifaceName + ";", null, null)
                            .visitEnd();
                }
                super.visitEnd();
            }
        }, ClassReader.EXPAND_FRAMES);
        return toDeclare.isEmpty() ? null : writer.toByteArray();
    }

    /** The proxy's interface if it extends {@code com.sun.jna.Library}; it is already loaded when its proxy is defined. */
    private static Class<?> libraryInterface(ClassLoader loader, String internalName) {
        try {
            Class<?> c = Class.forName(internalName.replace('/', '.'), false, loader);
            return c.isInterface() && extendsLibrary(c) ? c : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean extendsLibrary(Class<?> c) {
        for (Class<?> s : c.getInterfaces()) {
            if (s.getName().equals(LIBRARY) || extendsLibrary(s)) return true;
        }
        return false;
    }

    /**
     * name+descriptor of every abstract interface method that is not one of Object's. A method inherited twice with
     * different throws clauses is left out: the JDK merges those clauses into its proxy's handlers.
     */
    private static Map<String, Method> slottedMethods(Class<?> iface) {
        Map<String, Method> m = new HashMap<>();
        Set<String> mixedThrows = new HashSet<>();
        for (Method method : iface.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers())) continue;
            String key = method.getName() + ProxySlots.descriptor(method.getParameterTypes(), method.getReturnType());
            if (OBJECT_METHODS.contains(key)) continue;
            Method first = m.putIfAbsent(key, method);
            if (first != null && !Set.of(first.getExceptionTypes()).equals(Set.of(method.getExceptionTypes()))) {
                mixedThrows.add(key);
            }
        }
        m.keySet().removeAll(mixedThrows);
        return m;
    }

    private static void emitSlotCall(MethodVisitor mv, String proxy, String iface, String field, String name, String desc,
                                     Class<?>[] declared) {
        Type[] params = Type.getArgumentTypes(desc);
        Type ret = Type.getReturnType(desc);
        int slot = 1;
        for (Type p : params) slot += p.getSize();
        Label own = new Label();
        Object[] locals = new Object[params.length + 1];
        locals[0] = proxy;
        for (int i = 0; i < params.length; i++) locals[i + 1] = frameType(params[i]);
        Label start = new Label(), end = new Label();
        List<String> passed = passedOn(declared);
        Label rethrow = new Label(), wrap = new Label();
        if (passed != null) {
            for (String type : passed) mv.visitTryCatchBlock(start, end, rethrow, type);
            mv.visitTryCatchBlock(start, end, wrap, "java/lang/Throwable");
        }
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, proxy, field, "L" + iface + ";");
        mv.visitVarInsn(Opcodes.ASTORE, slot);
        mv.visitVarInsn(Opcodes.ALOAD, slot);
        mv.visitJumpInsn(Opcodes.IFNULL, own);
        mv.visitVarInsn(Opcodes.ALOAD, slot);
        int local = 1;
        for (Type p : params) {
            mv.visitVarInsn(p.getOpcode(Opcodes.ILOAD), local);
            local += p.getSize();
        }
        mv.visitLabel(start);
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, iface, name, desc, true);
        mv.visitLabel(end);
        mv.visitInsn(ret.getOpcode(Opcodes.IRETURN));
        if (passed != null) {
            Object[] thrown = {"java/lang/Throwable"};
            mv.visitLabel(rethrow);
            mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, thrown);
            mv.visitInsn(Opcodes.ATHROW);
            mv.visitLabel(wrap);
            mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, thrown);
            mv.visitTypeInsn(Opcodes.NEW, UNDECLARED);
            mv.visitInsn(Opcodes.DUP_X1);
            mv.visitInsn(Opcodes.SWAP);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, UNDECLARED, "<init>", "(Ljava/lang/Throwable;)V", false);
            mv.visitInsn(Opcodes.ATHROW);
        }
        mv.visitLabel(own);
        mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
    }

    /**
     * The exception types the JDK's proxy body passes on as they are (its {@code computeUniqueCatchList}): Error,
     * RuntimeException and the declared ones; null when one declared is Throwable itself, so nothing is wrapped.
     */
    private static List<String> passedOn(Class<?>[] declared) {
        List<String> passed = new ArrayList<>(List.of("java/lang/Error", "java/lang/RuntimeException"));
        for (Class<?> d : declared) {
            if (d == Throwable.class) return null;
            passed.add(Type.getInternalName(d));
        }
        return passed;
    }

    private static Object frameType(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT: case Type.INT: return Opcodes.INTEGER;
            case Type.LONG: return Opcodes.LONG;
            case Type.FLOAT: return Opcodes.FLOAT;
            case Type.DOUBLE: return Opcodes.DOUBLE;
            default: return t.getInternalName();
        }
    }
}
