package dev.ffijit.agent.jna.runtime;

import com.sun.jna.FromNativeContext;
import com.sun.jna.FromNativeConverter;
import com.sun.jna.IntegerType;
import com.sun.jna.NativeMappedConverter;
import com.sun.jna.Structure;
import com.sun.jna.ToNativeConverter;
import com.sun.jna.Union;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, once per Structure class, whether its autoWrite()/autoRead() can run as plain loads and stores
 * ({@link StructCodec}), and generates them. A class qualifies when what read() and write() do is nothing but
 * field values at JNA's offsets: no override of the methods on that path, not ByValue, not a Union, and every
 * field a non-final primitive without a converter, or an IntegerType (NativeLong, ...) with JNA's own converter. Everything else about the instance (flags, readCalled, the
 * layout, the memory) is checked or set by the codec; docs/jna.md lists what JNA's methods do besides.
 */
final class StructCodecs {
    /** The methods between autoWrite()/autoRead() and the memory; an override may do anything. */
    private static final Set<String> PATH = Set.of("autoRead", "autoWrite", "read", "write", "readField", "writeField",
            "getPointer", "ensureAllocated", "getAutoRead", "getAutoWrite", "useMemory", "allocateMemory");

    private static final ClassValue<Holder> HOLDERS = new ClassValue<>() {
        @Override
        protected Holder computeValue(Class<?> type) {
            return new Holder(NativeMemory.AVAILABLE ? plainClass(type) : "no native memory access ("
                    + NativeMemory.BACKEND + ")");
        }
    };

    private StructCodecs() {}

    /** The codec for this instance's class and current layout, or null when JNA's own methods must run. */
    static StructCodec forInstance(Structure s) {
        Holder h = HOLDERS.get(s.getClass());
        if (h.unsupported != null) return null;
        Map<?, ?> layout = (Map<?, ?>) StructAccess.FIELDS.get(s);
        if (layout == null) return null; // not laid out yet: JNA's write() does that first
        StructCodec c = h.codec;
        if (c != null) return c.layout() == layout ? c : null;
        synchronized (h) {
            if (h.codec == null && h.unsupported == null) {
                try {
                    h.codec = build(s.getClass(), layout, (int) StructAccess.SIZE.get(s));
                } catch (Unsupported e) {
                    h.unsupported = e.getMessage();
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    h.unsupported = "internal: " + e;
                }
            }
            c = h.codec;
        }
        return c != null && c.layout() == layout ? c : null;
    }

    /** Why the class's synchronisation must stay JNA's, or null. */
    static String unsupportedReason(Class<?> type) {
        return HOLDERS.get(type).unsupported;
    }

    private static final class Holder {
        volatile StructCodec codec;
        volatile String unsupported;

        Holder(String unsupported) {
            this.unsupported = unsupported;
        }
    }

    private static String plainClass(Class<?> type) {
        if (Structure.ByValue.class.isAssignableFrom(type)) return "Structure.ByValue";
        if (Union.class.isAssignableFrom(type)) return "a Union writes only its active field";
        for (Class<?> k = type; k != Structure.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (!m.isBridge() && PATH.contains(m.getName())) return k.getSimpleName() + " overrides " + m.getName();
            }
        }
        return null;
    }

    /**
     * One field of the layout, as the codec moves it. An IntegerType field (NativeLong, size_t types) keeps JNA's
     * own converter: {@code converter} and {@code context} are the StructField's, {@code boxed} its native type,
     * {@code constructor} what its fromNative instantiates, or null to call that fromNative.
     */
    private record Slot(Field field, Class<?> type, int offset, boolean isVolatile,
                        NativeMappedConverter converter, Object context, Boxed boxed, MethodHandle constructor) {}

    private static StructCodec build(Class<?> type, Map<?, ?> layout, int size) throws ReflectiveOperationException, Unsupported {
        List<Slot> slots = new ArrayList<>();
        for (Object sf : layout.values()) {
            Field f = (Field) StructAccess.SF_FIELD.get(sf);
            Class<?> t = (Class<?>) StructAccess.SF_TYPE.get(sf);
            Object rc = StructAccess.SF_READ_CONVERTER.get(sf), wc = StructAccess.SF_WRITE_CONVERTER.get(sf);
            NativeMappedConverter converter = null;
            Boxed boxed = null;
            if (t.isPrimitive()) {
                if (rc != null || wc != null) throw new Unsupported("field " + f.getName() + " has a type converter");
            } else if (IntegerType.class.isAssignableFrom(t) && rc == wc && rc != null
                    && rc.getClass() == NativeMappedConverter.class
                    && !NativeMappedArgs.Overrides.any(t, IntegerType.class, "fromNative")) {
                converter = (NativeMappedConverter) rc;
                boxed = Boxed.of(converter.nativeType());
                if (boxed == null) throw new Unsupported("field " + f.getName() + " is " + converter.nativeType().getSimpleName() + " natively");
            } else {
                throw new Unsupported("field " + f.getName() + " is " + t.getSimpleName());
            }
            if ((boolean) StructAccess.SF_READ_ONLY.get(sf) || Modifier.isFinal(f.getModifiers())) {
                throw new Unsupported("field " + f.getName() + " is final");
            }
            slots.add(new Slot(f, t, (int) StructAccess.SF_OFFSET.get(sf), (boolean) StructAccess.SF_VOLATILE.get(sf),
                    converter, StructAccess.SF_CONTEXT.get(sf), boxed,
                    converter == null ? null : IntegerTypes.constructor(t)));
        }
        MethodHandles.Lookup fields = Opening.privateLookup(type);
        String name = StructCodecs.class.getPackageName().replace('.', '/') + "/StructCodec$" + type.getSimpleName();
        ClassData data = new ClassData(name);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        MethodVisitor w = method(cw, "write");
        MethodVisitor r = method(cw, "read");
        for (Slot s : slots) {
            if (s.converter != null) {
                integerType(s, fields, data, w, r);
                continue;
            }
            FieldKind k = FieldKind.of(s.type);
            MethodHandle getter = fields.unreflectGetter(s.field).asType(MethodType.methodType(s.type, Structure.class));
            MethodHandle setter = fields.unreflectSetter(s.field)
                    .asType(MethodType.methodType(void.class, Structure.class, s.type));
            if (!s.isVolatile) { // write() skips volatile fields; read() reads them all
                addressOf(w, s.offset);
                data.load(w, getter, MethodHandle.class);
                w.visitVarInsn(Opcodes.ALOAD, 0);
                w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact",
                        MethodType.methodType(s.type, Structure.class).toMethodDescriptorString(), false);
                k.emitStore(w);
            }
            data.load(r, setter, MethodHandle.class);
            r.visitVarInsn(Opcodes.ALOAD, 0);
            addressOf(r, s.offset);
            k.emitLoad(r);
            r.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact",
                    MethodType.methodType(void.class, Structure.class, s.type).toMethodDescriptorString(), false);
        }
        for (MethodVisitor mv : List.of(w, r)) {
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        data.finish(cw);
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        Generated.dump(name.replace('/', '.'), bytes);
        MethodHandles.Lookup codec = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, data.values(), true);
        MethodType t = MethodType.methodType(void.class, Structure.class, long.class);
        return new StructCodec(type, layout, size, codec.findStatic(codec.lookupClass(), "write", t),
                codec.findStatic(codec.lookupClass(), "read", t));
    }

    /**
     * write(): {@code converter.toNative(value, ctx)} (NativeMappedConverter ignores the context, so none is made),
     * stored as Pointer.setValue stores its native type; read(): the native type boxed as Pointer.getValue boxes it,
     * then {@code converter.fromNative(boxed, structField.context)}, which for an IntegerType that does not override
     * fromNative is a new instance of the field's own class given the value by setValue: made by
     * {@code Results.integerOfLong}, as for a result, where {@link IntegerTypes} can (the value is an int or long
     * sign-extended, as {@code Number.longValue} does).
     */
    private static void integerType(Slot s, MethodHandles.Lookup fields, ClassData data, MethodVisitor w, MethodVisitor r)
            throws IllegalAccessException {
        MethodHandle getter = fields.unreflectGetter(s.field).asType(MethodType.methodType(Object.class, Structure.class));
        MethodHandle setter = fields.unreflectSetter(s.field)
                .asType(MethodType.methodType(void.class, Structure.class, Object.class));
        String toNative = Type.getInternalName(ToNativeConverter.class), fromNative = Type.getInternalName(FromNativeConverter.class);
        if (!s.isVolatile) {
            addressOf(w, s.offset);
            data.load(w, s.converter, ToNativeConverter.class);
            data.load(w, getter, MethodHandle.class);
            w.visitVarInsn(Opcodes.ALOAD, 0);
            w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact",
                    "(Lcom/sun/jna/Structure;)Ljava/lang/Object;", false);
            w.visitInsn(Opcodes.ACONST_NULL);
            w.visitMethodInsn(Opcodes.INVOKEINTERFACE, toNative, "toNative",
                    "(Ljava/lang/Object;Lcom/sun/jna/ToNativeContext;)Ljava/lang/Object;", true);
            w.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(StructCodecs.class), s.boxed.unbox,
                    "(Ljava/lang/Object;)" + s.boxed.kind.putDesc.substring(2, 3), false);
            s.boxed.kind.emitStore(w);
        }
        if (s.constructor != null) {
            // fromNative's own order: the value from memory, then the new instance, then its setValue
            addressOf(r, s.offset);
            s.boxed.kind.emitLoad(r);
            if (s.boxed != Boxed.LONG) r.visitInsn(Opcodes.I2L);
            r.visitVarInsn(Opcodes.LSTORE, 3);
            data.load(r, setter, MethodHandle.class);
            r.visitVarInsn(Opcodes.ALOAD, 0);
            r.visitVarInsn(Opcodes.LLOAD, 3);
            data.load(r, s.constructor, MethodHandle.class);
            r.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(Results.class), "integerOfLong",
                    "(JLjava/lang/invoke/MethodHandle;)Ljava/lang/Object;", false);
        } else {
            data.load(r, setter, MethodHandle.class);
            r.visitVarInsn(Opcodes.ALOAD, 0);
            data.load(r, s.converter, FromNativeConverter.class);
            addressOf(r, s.offset);
            s.boxed.kind.emitLoad(r);
            String prim = s.boxed.kind.getDesc.substring(3);
            r.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(s.boxed.box), "valueOf",
                    "(" + prim + ")" + Type.getDescriptor(s.boxed.box), false);
            if (s.context == null) r.visitInsn(Opcodes.ACONST_NULL);
            else data.load(r, s.context, FromNativeContext.class);
            r.visitMethodInsn(Opcodes.INVOKEINTERFACE, fromNative, "fromNative",
                    "(Ljava/lang/Object;Lcom/sun/jna/FromNativeContext;)Ljava/lang/Object;", true);
        }
        r.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact",
                "(Lcom/sun/jna/Structure;Ljava/lang/Object;)V", false);
    }

    /** The native types of IntegerType fields and how Pointer.setValue unboxes them (null stores 0). */
    private enum Boxed {
        BYTE(Byte.class, FieldKind.BYTE, "byteOf"),
        SHORT(Short.class, FieldKind.SHORT, "shortOf"),
        INT(Integer.class, FieldKind.INT, "intOf"),
        LONG(Long.class, FieldKind.LONG, "longOf");

        final Class<?> box;
        final FieldKind kind;
        final String unbox;

        Boxed(Class<?> box, FieldKind kind, String unbox) {
            this.box = box;
            this.kind = kind;
            this.unbox = unbox;
        }

        static Boxed of(Class<?> nativeType) {
            for (Boxed b : values()) if (b.box == nativeType) return b;
            return null;
        }
    }

    static byte byteOf(Object v) { return v == null ? 0 : (Byte) v; }
    static short shortOf(Object v) { return v == null ? 0 : (Short) v; }
    static int intOf(Object v) { return v == null ? 0 : (Integer) v; }
    static long longOf(Object v) { return v == null ? 0 : (Long) v; }

    private static MethodVisitor method(ClassWriter cw, String name) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, name, "(Lcom/sun/jna/Structure;J)V", null, null);
        mv.visitCode();
        return mv;
    }

    private static void addressOf(MethodVisitor mv, int offset) {
        mv.visitVarInsn(Opcodes.LLOAD, 1);
        mv.visitLdcInsn((long) offset);
        mv.visitInsn(Opcodes.LADD);
    }

    /**
     * How JNA stores each primitive field (Pointer.setValue/getValue): a boolean is the int -1 or 0 and reads back
     * as "non-zero"; a char is a wchar_t.
     */
    private enum FieldKind {
        BYTE(byte.class, "putByte", "(JB)V", "getByte", "(J)B", null, null),
        SHORT(short.class, "putShort", "(JS)V", "getShort", "(J)S", null, null),
        INT(int.class, "putInt", "(JI)V", "getInt", "(J)I", null, null),
        LONG(long.class, "putLong", "(JJ)V", "getLong", "(J)J", null, null),
        FLOAT(float.class, "putFloat", "(JF)V", "getFloat", "(J)F", null, null),
        DOUBLE(double.class, "putDouble", "(JD)V", "getDouble", "(J)D", null, null),
        BOOLEAN(boolean.class, "putInt", "(JI)V", "getInt", "(J)I",
                new String[] {Type.getInternalName(Args.class), "minusOneIfTrue", "(Z)I"},
                new String[] {Type.getInternalName(Results.class), "nonZero", "(I)Z"}),
        WCHAR4(char.class, "putInt", "(JI)V", "getInt", "(J)I", null, new String[] {Type.getInternalName(Results.class), "toChar", "(I)C"}),
        WCHAR2(char.class, "putChar", "(JC)V", "getChar", "(J)C", null, null);

        final Class<?> type;
        final String put, putDesc, get, getDesc;
        final String[] toMemory, fromMemory;

        FieldKind(Class<?> type, String put, String putDesc, String get, String getDesc, String[] toMemory, String[] fromMemory) {
            this.type = type;
            this.put = put;
            this.putDesc = putDesc;
            this.get = get;
            this.getDesc = getDesc;
            this.toMemory = toMemory;
            this.fromMemory = fromMemory;
        }

        static FieldKind of(Class<?> t) {
            if (t == char.class) return WideChars.SIZE == 4 ? WCHAR4 : WCHAR2;
            for (FieldKind k : values()) if (k.type == t) return k;
            throw new IllegalArgumentException(t.toString());
        }

        void emitStore(MethodVisitor mv) {
            if (toMemory != null) mv.visitMethodInsn(Opcodes.INVOKESTATIC, toMemory[0], toMemory[1], toMemory[2], false);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(NativeMemory.class), put, putDesc, false);
        }

        void emitLoad(MethodVisitor mv) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(NativeMemory.class), get, getDesc, false);
            if (fromMemory != null) mv.visitMethodInsn(Opcodes.INVOKESTATIC, fromMemory[0], fromMemory[1], fromMemory[2], false);
        }
    }
}
