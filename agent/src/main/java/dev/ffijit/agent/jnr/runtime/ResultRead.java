package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import jnr.ffi.NativeType;
import jnr.ffi.provider.ParameterType;
import jnr.ffi.provider.jffi.FfijitMethodGenerator.Request;

import java.util.Map;

/**
 * How the invoker jnr-ffi would use reads an integer result, so ffijit hands jnr-ffi's conversion the same value.
 * On x86, jffi's fast invokers call the function through a cast function pointer and take the whole register
 * ({@code FastNumeric.h}: {@code INT_BYPASS_FFI}, {@code LONG_BYPASS_FFI}), bits beyond the C type included;
 * libffi (the buffer path, AArch64, anything with floating point) extends the value by its C type. Only a
 * {@code boolean} result, which jnr-ffi tests against zero unmasked, can tell the two apart.
 */
enum ResultRead {
    /** {@code invokeI*}: the low 32 bits of the register, as a jint. */
    RAW_INT(JType.INT),
    /** {@code invokeL*}, and {@code invokeN*} when jffi marks the call context fast-long: the whole register. */
    RAW_LONG(JType.LONG),
    /** {@code invokeN*} through libffi: a long, extended by the C type. */
    EXTENDED_LONG(JType.LONG),
    /** The buffer path (libffi) and jnr-ffi's own stubs: int or long by the C type's size, extended by it. */
    EXTENDED(null);

    private static final Map<String, ResultRead> BY_GENERATOR = Map.of(
            "FastIntMethodGenerator", RAW_INT,
            "FastLongMethodGenerator", RAW_LONG);

    private final JType carrier;

    ResultRead(JType carrier) {
        this.carrier = carrier;
    }

    static ResultRead of(Request r) {
        ResultRead read = BY_GENERATOR.get(r.jnrGenerator);
        if (read != null) return read;
        if (!r.jnrGenerator.equals("FastNumericMethodGenerator")) return EXTENDED;
        // jffi's CallContext.c: fast-long unless a parameter or the result is floating point
        if (isFloating(r.resultType.getNativeType())) return EXTENDED_LONG;
        for (ParameterType p : r.parameterTypes) {
            if (isFloating(p.getNativeType())) return EXTENDED_LONG;
        }
        return RAW_LONG;
    }

    /** The stub's view of an integer result of C type {@code c}, read this way. */
    Param param(CType c) {
        switch (this) {
            case RAW_INT: return Param.of(JType.INT, CType.SINT32);
            case RAW_LONG: return Param.of(JType.LONG, CType.SINT64);
            case EXTENDED_LONG: return Param.of(carrier, c);
            default: return Param.of(NativeTypes.carrier(c), c);
        }
    }

    private static boolean isFloating(NativeType t) {
        return t == NativeType.FLOAT || t == NativeType.DOUBLE;
    }
}
