package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;
import jnr.ffi.NativeType;
import jnr.ffi.Pointer;
import jnr.ffi.provider.jffi.AsmRuntime;

/**
 * A result under a jnr-ffi converter (String, Struct, NativeLong, ...): the carrier is converted to the
 * converter's native type and boxed as jnr-ffi's {@code boxValue} does, then the converter's {@code fromNative}
 * runs.
 */
record ConvertedResult(FromNative converter, NativeType nativeType, Param param, jnr.ffi.Runtime runtime)
        implements ResultPlan {

    /** The primitive a converter's native type boxes, or null when it is not a boxed primitive. */
    static Class<?> unboxed(Class<?> boxed) {
        if (boxed == Byte.class) return byte.class;
        if (boxed == Short.class) return short.class;
        if (boxed == Integer.class) return int.class;
        if (boxed == Long.class) return long.class;
        if (boxed == Float.class) return float.class;
        if (boxed == Double.class) return double.class;
        if (boxed == Boolean.class) return boolean.class;
        return null;
    }

    @Override
    public Class<?> erased() { return Object.class; }

    @Override
    public void emitConvert(CallEmitter e) {
        Class<?> carrier = param.carrier().javaClass();
        Class<?> boxed = converter.nativeType();
        if (Pointer.class.isAssignableFrom(boxed)) {
            e.constant(runtime, jnr.ffi.Runtime.class);
            e.invokeStatic(AsmRuntime.class, "pointerValue", Pointer.class, long.class, jnr.ffi.Runtime.class);
        } else {
            Class<?> primitive = unboxed(boxed);
            JnrNumbers.convertPrimitive(e.mv, carrier, primitive, nativeType);
            e.invokeStatic(boxed, "valueOf", boxed, primitive);
        }
        int temp = e.newLocal(Object.class);
        e.callConverterOnStack(converter.method(), converter.converter(), converter.context(), temp);
    }
}
