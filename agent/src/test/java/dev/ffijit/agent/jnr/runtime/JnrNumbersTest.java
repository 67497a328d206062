package dev.ffijit.agent.jnr.runtime;

import jnr.ffi.NativeType;
import jnr.ffi.provider.jffi.NumberUtil;
import jnr.ffi.provider.jffi.SkinnyMethodAdapter;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ffijit's copy of jnr-ffi's number conversions against jnr-ffi's own {@code NumberUtil}: both emit a method for
 * every (from, to, native type) jnr-ffi can emit, and they must agree on every value.
 */
class JnrNumbersTest {
    private static final Class<?>[] FROM = {boolean.class, byte.class, short.class, int.class, long.class};
    private static final Class<?>[] TO = {boolean.class, byte.class, short.class, char.class, int.class, long.class};
    private static final NativeType[] NATIVE = {NativeType.SCHAR, NativeType.UCHAR, NativeType.SSHORT,
            NativeType.USHORT, NativeType.SINT, NativeType.UINT, NativeType.SLONG, NativeType.ULONG,
            NativeType.SLONGLONG, NativeType.ULONGLONG, NativeType.ADDRESS};
    private static final long[] VALUES = {0, 1, -1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x1_0000,
            0x7fff_ffffL, 0x8000_0000L, 0xffff_ffffL, 0x1_0000_0000L, 0x1_0000_0001L, Long.MAX_VALUE, Long.MIN_VALUE,
            0x1234_5678_9abc_def0L};

    @Test
    void convertPrimitiveMatchesJnrFfi() throws Throwable {
        int compared = 0;
        for (Class<?> from : FROM) {
            for (Class<?> to : TO) {
                for (NativeType nt : NATIVE) {
                    MethodType type = MethodType.methodType(to, from);
                    MethodHandle jnr = define(type, cw -> {
                        SkinnyMethodAdapter mv = new SkinnyMethodAdapter(cw, Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
                                "convert", type.toMethodDescriptorString(), null, null);
                        mv.start();
                        return mv;
                    }, mv -> NumberUtil.convertPrimitive((SkinnyMethodAdapter) mv, from, to, nt));
                    if (jnr == null) continue; // a combination jnr-ffi's generators never emit
                    MethodHandle ours = define(type, cw -> {
                        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "convert",
                                type.toMethodDescriptorString(), null, null);
                        mv.visitCode();
                        return mv;
                    }, mv -> JnrNumbers.convertPrimitive(mv, from, to, nt));
                    String name = from + " -> " + to + " as " + nt;
                    assertTrue(ours != null, name + " does not verify");
                    for (long v : VALUES) {
                        Object arg = argument(from, v);
                        assertEquals((Object) jnr.invoke(arg), (Object) ours.invoke(arg), name + " of " + v);
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared > 250, "compared " + compared);
    }

    /** A hidden class with one static method: load, convert, return; null if it does not verify. */
    private static MethodHandle define(MethodType type, Function<ClassWriter, MethodVisitor> start,
                                       java.util.function.Consumer<MethodVisitor> convert) throws ReflectiveOperationException {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL,
                JnrNumbersTest.class.getPackageName().replace('.', '/') + "/Conversion", null, "java/lang/Object", null);
        MethodVisitor mv = start.apply(cw);
        mv.visitVarInsn(Type.getType(type.parameterType(0)).getOpcode(Opcodes.ILOAD), 0);
        convert.accept(mv);
        mv.visitInsn(Type.getType(type.returnType()).getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        try {
            MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
            return l.findStatic(l.lookupClass(), "convert", type);
        } catch (VerifyError e) {
            return null;
        }
    }

    private static Object argument(Class<?> type, long v) {
        if (type == boolean.class) return (v & 1) != 0;
        if (type == byte.class) return (byte) v;
        if (type == short.class) return (short) v;
        if (type == int.class) return (int) v;
        return v;
    }
}
