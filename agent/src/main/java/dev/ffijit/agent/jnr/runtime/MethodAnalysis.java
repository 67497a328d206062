package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.ArrayFlags;
import dev.ffijit.stubgen.plan.ErrnoCapture;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.SignatureException;
import jnr.ffi.Address;
import jnr.ffi.CallingConvention;
import jnr.ffi.NativeType;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.Delegate;
import jnr.ffi.mapper.FromNativeConverter;
import jnr.ffi.mapper.ToNativeConverter;
import jnr.ffi.provider.ParameterType;
import jnr.ffi.provider.ResultType;
import jnr.ffi.provider.converters.CharSequenceParameterConverter;
import jnr.ffi.provider.converters.NativeLongConverter;
import jnr.ffi.provider.jffi.FfijitMethodGenerator.Request;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, once per method, whether ffijit reproduces jnr-ffi's behaviour for it exactly, and how; or why not.
 * Every reason is a sentence for the report.
 */
final class MethodAnalysis {
    /** Why a method stays on jnr-ffi's path. */
    static final class Fallback extends Exception {
        Fallback(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final MethodType GENERIC = MethodType.methodType(Object.class, Object.class, Object.class,
            Object.class);
    /** Charsets whose {@code String.getBytes} equals jnr-ffi's REPLACE-mode encoder, byte for byte. */
    private static final Set<Charset> DIRECT_CHARSETS = Set.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            StandardCharsets.US_ASCII);

    private MethodAnalysis() {}

    static CallPlan plan(Request r, ErrnoCapture errno) throws Fallback {
        if (r.convention != CallingConvention.DEFAULT) throw new Fallback("calling convention " + r.convention);
        List<ArgPlan> args = new ArrayList<>();
        for (int i = 0; i < r.parameterTypes.length; i++) args.add(arg(r, i));
        CallPlan plan = new CallPlan(r, args, result(r), r.saveError ? errno : null);
        try {
            plan.signature();
        } catch (SignatureException e) {
            throw new Fallback(e.getMessage());
        }
        return plan;
    }

    private static ArgPlan arg(Request r, int i) throws Fallback {
        ParameterType p = r.parameterTypes[i];
        Class<?> declared = p.getDeclaredType();
        String where = "parameter " + (i + 1) + " (" + declared.getSimpleName() + ")";
        int flags = r.arrayFlags[i];
        rejectJnrOnlyTypes(declared, where);
        if ((flags & ArrayFlags.PINNED) != 0) {
            throw new Fallback(where + ": @Pinned, jffi hands C the Java array itself and ffijit only copies");
        }
        ToNative converter = toNative(p, r.toNativeMethods[i], where);
        if (converter == null) {
            if (declared.isPrimitive()) return primitive(declared, p.getNativeType(), where);
            if (BoxedArg.isBoxed(declared)) {
                // jnr-ffi unboxes in its own generated class, where a null gets a helpful NullPointerException
                // message; the JDK computes none for frames of hidden classes such as ffijit's
                throw new Fallback(where + ": boxed primitive, a null would fail without jnr-ffi's message");
            }
            if (declared == Address.class && p.getNativeType() == NativeType.ADDRESS) return new AddressArg();
            return memory(null, declared, p.getNativeType(), flags, where);
        }
        if (declared.isPrimitive()) throw new Fallback(where + ": primitive under a type-mapper converter");
        Class<?> effective = converter.nativeType();
        if (!visible(effective)) throw new Fallback(where + ": converted to " + effective.getName() + ", not visible to ffijit");
        Charset charset = directCharset(converter);
        if (charset != null && ArrayFlags.isIn(flags)) return new StringArg(converter, charset, flags);
        // NativeLong's converter never returns null; another converter's null would fail with a message naming
        // jnr-ffi's call of it, which ffijit's code cannot repeat
        if (converter.converter() instanceof NativeLongConverter) {
            return boxed(converter, effective, p.getNativeType(), where);
        }
        return memory(converter, effective, p.getNativeType(), flags, where);
    }

    private static void rejectJnrOnlyTypes(Class<?> declared, String where) throws Fallback {
        if (Enum.class.isAssignableFrom(declared)) throw new Fallback(where + ": enum, stays on jnr-ffi's EnumConverter");
        if (Set.class.isAssignableFrom(declared)) throw new Fallback(where + ": EnumSet, stays on jnr-ffi's converter");
        if (isDelegate(declared)) throw new Fallback(where + ": @Delegate callback, stays on jnr-ffi's closures");
    }

    private static ArgPlan primitive(Class<?> declared, NativeType nt, String where) throws Fallback {
        CType c = NativeTypes.ctype(nt);
        if (c == null || c == CType.VOID) throw new Fallback(where + ": native type " + nt);
        boolean matches = declared == float.class ? c == CType.FLOAT
                : declared == double.class ? c == CType.DOUBLE
                : declared != char.class && c.isInteger();
        if (!matches) throw new Fallback(where + ": " + declared + " as native " + nt);
        return new PrimitiveArg(declared, nt, Param.of(NativeTypes.carrier(c), c));
    }

    private static ArgPlan boxed(ToNative converter, Class<?> boxed, NativeType nt, String where) throws Fallback {
        Class<?> primitive = ConvertedResult.unboxed(boxed);
        if (primitive == null) throw new Fallback(where + ": converted to " + boxed.getSimpleName());
        Param p = primitive(primitive, nt, where).param();
        return new BoxedArg(converter, boxed, nt, p);
    }

    private static ArgPlan memory(ToNative converter, Class<?> type, NativeType nt, int flags, String where)
            throws Fallback {
        if (type == boolean[].class) {
            throw new Fallback(where + ": boolean[], jffi copies raw jboolean bytes back into it");
        }
        MemoryKind kind = MemoryKind.of(type);
        if (kind == null) throw new Fallback(where + ": " + type.getName() + " is not taken over");
        if (nt != NativeType.ADDRESS) throw new Fallback(where + ": memory as native " + nt);
        if (kind == MemoryKind.BUFFER && !JnrCompatibility.STATIC_BUFFER_ADDRESS) {
            throw new Fallback(where + ": Buffer, and this jnr-ffi (before 2.2.2) passes a direct buffer's address"
                    + " without its position on its fast path");
        }
        return new MemoryArg(converter, kind, flags);
    }

    private static ResultPlan result(Request r) throws Fallback {
        ResultType rt = r.resultType;
        Class<?> declared = rt.getDeclaredType();
        NativeType nt = rt.getNativeType();
        rejectJnrOnlyTypes(declared, "result");
        FromNativeConverter<?, ?> converter = rt.getFromNativeConverter();
        if (converter == null) {
            if (declared == void.class) return new VoidResult();
            if (declared == Pointer.class && nt == NativeType.ADDRESS) {
                if (ResultRead.of(r) == ResultRead.RAW_INT) throw new Fallback("result: Pointer read as an int");
                return new PointerResult(r.runtime);
            }
            if (!declared.isPrimitive()) throw new Fallback("result: " + declared.getName() + " is not taken over");
            Param param = primitive(declared, nt, "result").param();
            if (param.ctype().isInteger()) param = ResultRead.of(r).param(param.ctype());
            return new PrimitiveResult(declared, nt, param);
        }
        if (declared.isPrimitive()) throw new Fallback("result: primitive under a type-mapper converter");
        if (r.fromNativeMethod == null) throw new Fallback("result: no fromNative method");
        Class<?> nativeType = converter.nativeType();
        CType c = NativeTypes.ctype(nt);
        if (c == null || !c.isInteger()) throw new Fallback("result: converted from native " + nt);
        Param param = ResultRead.of(r).param(c);
        boolean boxable = Pointer.class.isAssignableFrom(nativeType) ? nt == NativeType.ADDRESS
                : ConvertedResult.unboxed(nativeType) != null && nativeType != Boolean.class
                  && boxedCarrier(param) == nativeType;
        if (!boxable) throw new Fallback("result: converted from " + nativeType.getSimpleName() + " as native " + nt);
        FromNative from = new FromNative(converter, rt.getFromNativeContext(), handle(r.fromNativeMethod, "result"),
                nativeType);
        return new ConvertedResult(from, nt, param, r.runtime);
    }

    private static Class<?> boxedCarrier(Param p) {
        return p.carrier().javaClass() == long.class ? Long.class : Integer.class;
    }

    private static ToNative toNative(ParameterType p, Method method, String where) throws Fallback {
        ToNativeConverter<?, ?> c = p.getToNativeConverter();
        if (c == null) return null;
        if (method == null) throw new Fallback(where + ": no toNative method");
        return new ToNative(c, p.getToNativeContext(), handle(method, where),
                c instanceof ToNativeConverter.PostInvocation, c.nativeType());
    }

    /** The converter method jnr-ffi's code calls, invoked the same way (virtual or interface), erased. */
    private static MethodHandle handle(Method m, String where) throws Fallback {
        try {
            return MethodHandles.publicLookup().unreflect(m).asType(GENERIC);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new Fallback(where + ": converter method " + m + " not accessible to ffijit");
        }
    }

    /** The charset of jnr-ffi's own String converter, when ffijit may encode with it directly; else null. */
    private static Charset directCharset(ToNative converter) {
        if (converter.converter().getClass() != CharSequenceParameterConverter.class) return null;
        try {
            Field f = CharSequenceParameterConverter.class.getDeclaredField("charset");
            f.setAccessible(true);
            Charset cs = (Charset) f.get(converter.converter());
            return DIRECT_CHARSETS.contains(cs) ? cs : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isDelegate(Class<?> type) {
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(Delegate.class)) return true;
        }
        return false;
    }

    /** Whether generated code in ffijit's loader resolves this name to this very class. */
    private static boolean visible(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) element = element.getComponentType();
        if (element.isPrimitive()) return true;
        try {
            return Class.forName(element.getName(), false, MethodAnalysis.class.getClassLoader()) == element;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
