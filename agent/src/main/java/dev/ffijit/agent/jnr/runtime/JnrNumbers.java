package dev.ffijit.agent.jnr.runtime;

import jnr.ffi.NativeType;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * jnr-ffi's Java-side number conversions ({@code NumberUtil.narrow/widen/convertPrimitive},
 * {@code AsmUtil.unboxNumber}), emitted instruction for instruction, so the values that reach the stub and the
 * values returned are the ones jnr-ffi's own generated code computes. The one place ffijit knows these rules.
 */
final class JnrNumbers {
    private JnrNumbers() {}

    static boolean isPrimitiveInt(Class<?> c) {
        return c == byte.class || c == char.class || c == short.class || c == int.class || c == boolean.class;
    }

    static void widen(MethodVisitor mv, Class<?> from, Class<?> to) {
        if (to == long.class && from != long.class && isPrimitiveInt(from)) {
            mv.visitInsn(Opcodes.I2L);
        } else if (to == boolean.class && from != boolean.class && isPrimitiveInt(from)) {
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitInsn(Opcodes.IAND);
        }
    }

    static void narrow(MethodVisitor mv, Class<?> from, Class<?> to) {
        if (from == to) return;
        if (to == byte.class || to == short.class || to == char.class || to == int.class) {
            if (from == long.class) mv.visitInsn(Opcodes.L2I);
            if (to == byte.class) mv.visitInsn(Opcodes.I2B);
            else if (to == short.class) mv.visitInsn(Opcodes.I2S);
            else if (to == char.class) mv.visitInsn(Opcodes.I2C);
        } else if (to == boolean.class) {
            Label isFalse = new Label();
            Label end = new Label();
            if (from == long.class) {
                mv.visitInsn(Opcodes.LCONST_0);
                mv.visitInsn(Opcodes.LCMP);
            }
            mv.visitJumpInsn(Opcodes.IFEQ, isFalse);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitJumpInsn(Opcodes.GOTO, end);
            mv.visitLabel(isFalse);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitLabel(end);
        }
    }

    static void convertPrimitive(MethodVisitor mv, Class<?> from, Class<?> to, NativeType nativeType) {
        if (to == boolean.class) {
            narrow(mv, from, to);
            return;
        }
        switch (nativeType) {
            case SCHAR:
                narrow(mv, from, byte.class);
                widen(mv, byte.class, to);
                break;
            case SSHORT:
                narrow(mv, from, short.class);
                widen(mv, short.class, to);
                break;
            case SINT:
                narrow(mv, from, int.class);
                widen(mv, int.class, to);
                break;
            case UCHAR:
                narrow(mv, from, int.class);
                mv.visitIntInsn(Opcodes.SIPUSH, 0xff);
                mv.visitInsn(Opcodes.IAND);
                widen(mv, int.class, to);
                break;
            case USHORT:
                narrow(mv, from, int.class);
                mv.visitLdcInsn(0xffff);
                mv.visitInsn(Opcodes.IAND);
                widen(mv, int.class, to);
                break;
            case UINT:
            case ULONG:
            case ADDRESS:
                if (NativeTypes.size(nativeType) <= 4) {
                    narrow(mv, from, int.class);
                    if (to == long.class) {
                        mv.visitInsn(Opcodes.I2L);
                        mv.visitLdcInsn(0xffffffffL);
                        mv.visitInsn(Opcodes.LAND);
                    }
                } else {
                    widen(mv, from, to);
                }
                break;
            case FLOAT:
            case DOUBLE:
                break;
            default:
                narrow(mv, from, to);
                widen(mv, from, to);
                break;
        }
    }

    /** {@code AsmUtil.unboxNumber(mv, boxedType, unboxedType, nativeType)} for a {@link Number} subclass. */
    static void unboxNumber(MethodVisitor mv, Class<?> boxedType, Class<?> unboxedType, NativeType nativeType) {
        String owner = Type.getInternalName(boxedType);
        switch (nativeType) {
            case SCHAR:
            case UCHAR:
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "byteValue", "()B", false);
                convertPrimitive(mv, byte.class, unboxedType, nativeType);
                break;
            case SSHORT:
            case USHORT:
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "shortValue", "()S", false);
                convertPrimitive(mv, short.class, unboxedType, nativeType);
                break;
            case SINT:
            case UINT:
            case SLONG:
            case ULONG:
            case ADDRESS:
                if (NativeTypes.size(nativeType) == 4) {
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "intValue", "()I", false);
                    convertPrimitive(mv, int.class, unboxedType, nativeType);
                } else {
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "longValue", "()J", false);
                    convertPrimitive(mv, long.class, unboxedType, nativeType);
                }
                break;
            case SLONGLONG:
            case ULONGLONG:
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "longValue", "()J", false);
                narrow(mv, long.class, unboxedType);
                break;
            case FLOAT:
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "floatValue", "()F", false);
                break;
            case DOUBLE:
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "doubleValue", "()D", false);
                break;
            default:
                throw new IllegalArgumentException("cannot unbox to " + nativeType);
        }
    }
}
