package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;
import jnr.ffi.NativeType;

/**
 * A boxed number produced by jnr-ffi's converter (NativeLong's {@code Long}, never null), unboxed with the very
 * calls jnr-ffi's {@code ToNativeOp} emits.
 */
record BoxedArg(ToNative converter, Class<?> boxed, NativeType nativeType, Param param) implements ArgPlan {
    @Override
    public Class<?> erased() { return Object.class; }

    @Override
    public void emitConvert(CallEmitter e, int param, int converted) {
        e.callConverter(converter.method(), converter.converter(), param, Object.class, converter.context());
        e.store(Object.class, converted);
    }

    @Override
    public void emitCarrier(CallEmitter e, int param, int converted, int scratch) {
        e.load(Object.class, converted);
        e.checkcast(boxed);
        Class<?> carrier = this.param.carrier().javaClass();
        if (boxed == Float.class) {
            e.invokeVirtual(Float.class, "floatValue", float.class);
        } else if (boxed == Double.class) {
            e.invokeVirtual(Double.class, "doubleValue", double.class);
        } else if (boxed == Boolean.class) {
            e.invokeVirtual(Boolean.class, "booleanValue", boolean.class);
            JnrNumbers.widen(e.mv, boolean.class, carrier);
        } else {
            JnrNumbers.unboxNumber(e.mv, boxed, carrier, nativeType);
        }
    }

    static boolean isBoxed(Class<?> c) {
        return c == Byte.class || c == Short.class || c == Integer.class || c == Long.class || c == Boolean.class
                || c == Float.class || c == Double.class;
    }
}
