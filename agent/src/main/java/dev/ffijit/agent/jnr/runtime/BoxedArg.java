package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;
import jnr.ffi.NativeType;

/** A converter that yields a boxed number (NativeLong's): unboxed as jnr-ffi's {@code unboxNumber} does. */
record BoxedArg(ToNative converter, NativeType nativeType, Param param) implements ArgPlan {
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
        e.checkcast(converter.nativeType());
        JnrNumbers.unboxNumber(e.mv, converter.nativeType(), this.param.carrier().javaClass(), nativeType);
    }
}
