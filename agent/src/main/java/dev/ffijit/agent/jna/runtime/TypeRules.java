package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Callback;
import com.sun.jna.IntegerType;
import com.sun.jna.JNIEnv;
import com.sun.jna.Native;
import com.sun.jna.NativeMapped;
import com.sun.jna.NativeMappedConverter;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;

import java.lang.invoke.MethodHandle;
import java.nio.Buffer;
import java.util.Map;

/**
 * The marshalling rule of each declared Java type, for arguments and results: one rule per type, parameterised by
 * the {@link Mapping}. A type without a rule throws {@link Unsupported} with the reason its methods stay on JNA's
 * path. docs/jna.md has the same table in prose.
 */
final class TypeRules {
    private static final Param POINTER = Param.of(JType.LONG, CType.POINTER);
    private static final Param INT = Param.of(JType.INT, CType.SINT32);

    /** A primitive as JNA hands it to libffi: the ffi type of its box in dispatch(). */
    private record Primitive(Class<?> box, Param param) {}

    private static final Map<Class<?>, Primitive> PRIMITIVES = Map.of(
            boolean.class, new Primitive(Boolean.class, INT),
            byte.class, new Primitive(Byte.class, Param.of(JType.BYTE, CType.SINT8)),
            short.class, new Primitive(Short.class, Param.of(JType.SHORT, CType.SINT16)),
            char.class, new Primitive(Character.class, Param.of(JType.CHAR, WideChars.SIZE == 4 ? CType.UINT32 : CType.UINT16)),
            int.class, new Primitive(Integer.class, INT),
            long.class, new Primitive(Long.class, Param.natural(JType.LONG)),
            float.class, new Primitive(Float.class, Param.natural(JType.FLOAT)),
            double.class, new Primitive(Double.class, Param.natural(JType.DOUBLE)));

    /** Results narrower than int come back through invokeInt and are narrowed in Java. */
    private record Returned(Param param, String narrow, String boxed) {}

    private static final Map<Class<?>, Returned> RETURNED = Map.of(
            boolean.class, new Returned(INT, "nonZero", "boxedBoolean"),
            byte.class, new Returned(INT, "toByte", "boxedByte"),
            short.class, new Returned(INT, "toShort", "boxedShort"),
            char.class, new Returned(INT, "toChar", "boxedChar"),
            int.class, new Returned(INT, null, "boxedInt"),
            long.class, new Returned(Param.natural(JType.LONG), null, "boxedLong"),
            float.class, new Returned(Param.natural(JType.FLOAT), null, "boxedFloat"),
            double.class, new Returned(Param.natural(JType.DOUBLE), null, "boxedDouble"));

    private final Mapping mapping;

    TypeRules(Mapping mapping) {
        this.mapping = mapping;
    }

    Mapping mapping() { return mapping; }

    /** What the function's string encoding means for the rules. */
    record Strings(String encoding, StringEncoder encoder, String whenUnknown) {
        StringEncoder require() throws Unsupported {
            if (encoder == null) {
                throw new Unsupported("string encoding '" + encoding + "' unknown to the JVM (" + whenUnknown + ")");
            }
            return encoder;
        }
    }

    /** The rules' view of a function's string encoding; what JNA does with an unknown one depends on the mapping. */
    Strings strings(String encoding) {
        return new Strings(encoding, StringEncoder.forEncoding(encoding), mapping.unknownEncodingThrows()
                ? "JNA throws UnsupportedEncodingException at each call" : "JNA warns on each call");
    }

    /**
     * A primitive parameter of a direct-mapped native method bound in place (no class rewrite): the JNI carrier is
     * the Java type itself, so the stub's descriptor is the method's. Only boolean differs from the argument rule:
     * CVT_BOOLEAN passes the jboolean in an ffi pointer slot, so C sees it zero-extended (1).
     */
    Param inPlaceArgument(Class<?> t) throws Unsupported {
        if (t == boolean.class) return Param.of(JType.BOOLEAN, CType.POINTER);
        Primitive p = PRIMITIVES.get(t);
        if (p == null || p.param.carrier().javaClass() != t) throw new Unsupported(t.getName() + " argument needs marshalling");
        return p.param;
    }

    /** The result of a native method bound in place: the ffi type JNA returns, carried by the Java type. */
    Param inPlaceResult(Class<?> t) throws Unsupported {
        if (t == void.class) return Param.natural(JType.VOID);
        if (t == boolean.class) {
            if (!mapping.booleanResultLowByte()) throw new Unsupported("boolean result judged on all bits");
            return Param.of(JType.BOOLEAN, CType.UINT32);
        }
        if (t == byte.class || t == short.class || t == char.class) {
            // the ffi type of the primitive (sint8, sint16, wchar_t); the JVM narrows the result to the carrier
            return Param.of(JType.of(t), PRIMITIVES.get(t).param.ctype());
        }
        Returned r = RETURNED.get(t);
        if (r == null || r.param.carrier().javaClass() != t) throw new Unsupported(t.getName() + " result needs marshalling");
        return r.param;
    }

    ArgRule argument(Class<?> t, Strings strings) throws Unsupported {
        Primitive p = PRIMITIVES.get(t);
        if (p != null) {
            Call convert = t == boolean.class ? Call.of(Args.class, mapping.booleanArgument().helper, boolean.class) : null;
            return new ArgRule(t.getName(), t, p.param, null, convert, null, null, false);
        }
        for (Map.Entry<Class<?>, Primitive> e : PRIMITIVES.entrySet()) {
            if (e.getValue().box != t) continue;
            Call convert = t == Boolean.class ? Call.of(Args.class, mapping.booleanArgument().helper, Boolean.class)
                    : Call.of(Args.class, "unbox", t);
            return new ArgRule(t.getSimpleName(), t, e.getValue().param, Call.of(Args.class, "nonNull", Object.class),
                    convert, null, null, false);
        }
        if (t == String.class) return stringArgument(strings);
        if (t == WString.class) {
            return new ArgRule("WString->ring", WString.class, POINTER, null, Call.of(StringArgs.class, "wide", WString.class),
                    null, null, false);
        }
        if (Pointer.class.isAssignableFrom(t)) {
            return new ArgRule("Pointer", Pointer.class, POINTER, Call.of(Args.class, "isPlainPointer", Pointer.class),
                    Call.of(Args.class, "address", Pointer.class), null, null, true);
        }
        if (Structure.class.isAssignableFrom(t)) {
            if (Structure.ByValue.class.isAssignableFrom(t)) throw new Unsupported("Structure.ByValue argument (struct by value)");
            String how = NativeMemory.AVAILABLE ? "Structure" : "Structure (JNA's autoWrite/autoRead)";
            boolean direct = mapping.structureMemoryField();
            return new ArgRule(how, Structure.class, POINTER,
                    Call.of(StructArgs.class, direct ? "isPlainDirect" : "isPlain", Structure.class),
                    Call.of(StructArgs.class, "before", Structure.class),
                    Call.of(StructArgs.class, direct ? "afterDirect" : "after", Structure.class),
                    StructSync.of(t).handles(), true);
        }
        if (IntegerType.class.isAssignableFrom(t)) {
            // the boxed number's ffi type (sint8..sint64) sign-extends it into a 64-bit slot: a jlong carries it
            return new ArgRule(t.getSimpleName(), IntegerType.class, Param.of(JType.LONG, CType.SINT64),
                    Call.of(NativeMappedArgs.class, "isPlain", IntegerType.class),
                    Call.of(NativeMappedArgs.class, "value", IntegerType.class), null, null, false);
        }
        if (PointerType.class.isAssignableFrom(t)) {
            return new ArgRule(t.getSimpleName(), PointerType.class, POINTER,
                    Call.of(NativeMappedArgs.class, "isPlain", PointerType.class),
                    Call.of(NativeMappedArgs.class, "address", PointerType.class), null, null, true);
        }
        if (t.isArray() && t.getComponentType().isPrimitive()) {
            if (t == boolean[].class) {
                throw new Unsupported("boolean[] argument: C may store any byte in a jboolean, only JNI's copy-back keeps it");
            }
            return new ArgRule(t.getSimpleName() + " copy", t, POINTER, Call.of(ArrayArgs.class, "fits", t),
                    Call.of(ArrayArgs.class, "address", t), null, null, false);
        }
        if (Buffer.class.isAssignableFrom(t)) {
            return new ArgRule(t.getSimpleName(), t, POINTER, Call.of(BufferArgs.class, "isSupported", Buffer.class),
                    Call.of(BufferArgs.class, "address", Buffer.class), null, null, true);
        }
        throw new Unsupported(unsupportedArgument(t));
    }

    private ArgRule stringArgument(Strings strings) throws Unsupported {
        Call toNative = Call.of(StringArgs.class, "toNative", String.class);
        switch (mapping.stringArguments()) {
            case FUNCTION_ENCODING:
                return new ArgRule("String->ring", String.class, POINTER, null, toNative, null, strings.require(), false);
            case DEFAULT_ENCODING_AT_CALL:
                // the encoding of today's default; a call that finds jna.encoding changed takes JNA's path
                Strings now = strings(Native.getDefaultStringEncoding());
                return new ArgRule("String->ring (JNA " + JnaVersion.LOADED + ": jna.encoding)", String.class, POINTER,
                        Call.of(StringArgs.class, "defaultEncodingIs", String.class), toNative, null, now.require(), false);
            default:
                throw new Unsupported("String argument: the String encoding rule of JNA version '" + JnaVersion.LOADED
                        + "' is not known");
        }
    }

    private static String unsupportedArgument(Class<?> t) {
        if (Callback.class.isAssignableFrom(t)) return "Callback argument";
        if (NativeMapped.class.isAssignableFrom(t)) {
            return "NativeMapped argument " + t.getSimpleName() + " (its toNative() type is known only per call)";
        }
        if (t.isArray()) return t.getSimpleName() + " argument (JNA converts it and reads it back after the call)";
        if (t == JNIEnv.class) return "JNIEnv argument";
        return "argument declared " + t.getName() + " (JNA converts it by its runtime class)";
    }

    ResultRule result(Class<?> t, Strings strings) throws Unsupported {
        if (t == void.class) return new ResultRule("void", void.class, Param.natural(JType.VOID), null, null);
        Returned r = RETURNED.get(t);
        if (r != null) {
            if (t == boolean.class && mapping.booleanResultLowByte()) {
                return new ResultRule("boolean", boolean.class, Param.of(JType.BOOLEAN, CType.UINT32), null, null);
            }
            Call narrow = r.narrow == null ? null : Call.of(Results.class, r.narrow, r.param.carrier().javaClass());
            return new ResultRule(t.getName(), t, r.param, narrow, null);
        }
        for (Map.Entry<Class<?>, Returned> e : RETURNED.entrySet()) {
            Class<?> box = PRIMITIVES.get(e.getKey()).box;
            if (box != t) continue;
            Returned x = e.getValue();
            return new ResultRule(t.getSimpleName(), t, x.param, Call.of(Results.class, x.boxed, x.param.carrier().javaClass()),
                    null);
        }
        if (t == Pointer.class) {
            return new ResultRule("Pointer", Pointer.class, POINTER, Call.of(Results.class, "pointer", long.class), null);
        }
        if (t == String.class) {
            return new ResultRule("String", String.class, POINTER, Call.of(Results.class, "string", long.class),
                    strings.require().encoding);
        }
        if (t == WString.class) {
            return new ResultRule("WString", WString.class, POINTER, Call.of(Results.class, "wideString", long.class), null);
        }
        if (Structure.class.isAssignableFrom(t)) {
            if (Structure.ByValue.class.isAssignableFrom(t)) throw new Unsupported("Structure.ByValue result (struct by value)");
            return new ResultRule("Structure", Structure.class, POINTER, Call.of(Results.class, "structure", long.class), t);
        }
        if ((IntegerType.class.isAssignableFrom(t) || PointerType.class.isAssignableFrom(t))
                && !NativeMappedArgs.Overrides.any(t, IntegerType.class.isAssignableFrom(t) ? IntegerType.class : PointerType.class,
                "fromNative", "nativeType", "toNative", "getPointer")) {
            NativeMappedConverter c;
            try {
                c = NativeMappedConverter.getInstance(t);
            } catch (RuntimeException | Error e) {
                throw new Unsupported("JNA cannot build a converter for " + t.getSimpleName() + ": " + e);
            }
            Class<?> nt = c.nativeType();
            String helper = nt == Byte.class ? "fromByte" : nt == Short.class ? "fromShort" : nt == Integer.class ? "fromInt"
                    : nt == Long.class ? "fromLong" : Pointer.class.isAssignableFrom(nt) ? "fromPointer" : null;
            if (helper == null) throw new Unsupported(t.getSimpleName() + " result of native type " + nt.getSimpleName());
            Param param = helper.equals("fromPointer") ? POINTER : helper.equals("fromLong") ? Param.natural(JType.LONG) : INT;
            MethodHandle constructor = IntegerTypes.constructor(t);
            if (constructor != null) { // fromByte -> integerOfByte, ...: the same value, the instance made directly
                return new ResultRule(t.getSimpleName(), Object.class, param,
                        Call.of(Results.class, "integerOf" + helper.substring(4), param.carrier().javaClass()), constructor);
            }
            return new ResultRule(t.getSimpleName(), Object.class, param,
                    Call.of(Results.class, helper, param.carrier().javaClass()), c);
        }
        throw new Unsupported(unsupportedResult(t));
    }

    private static String unsupportedResult(Class<?> t) {
        if (Callback.class.isAssignableFrom(t)) return "Callback result";
        if (NativeMapped.class.isAssignableFrom(t)) return "NativeMapped result " + t.getSimpleName();
        if (Pointer.class.isAssignableFrom(t)) {
            return "result declared " + t.getSimpleName() + " (JNA returns a plain Pointer, which the proxy's cast rejects)";
        }
        if (t == Void.class) return "result declared Void";
        return "result declared " + t.getName();
    }
}
