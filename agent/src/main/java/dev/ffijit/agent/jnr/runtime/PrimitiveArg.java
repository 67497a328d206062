package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;
import jnr.ffi.NativeType;

/** A declared primitive without converter: jnr-ffi's own narrowing and widening, then the stub's. */
record PrimitiveArg(Class<?> declared, NativeType nativeType, Param param) implements ArgPlan {
    @Override
    public Class<?> erased() { return declared; }

    @Override
    public void emitCarrier(CallEmitter e, int param, int converted, int scratch) {
        e.load(declared, param);
        Class<?> carrier = this.param.carrier().javaClass();
        if (!declared.equals(float.class) && !declared.equals(double.class)) {
            JnrNumbers.convertPrimitive(e.mv, declared, carrier, nativeType);
        }
    }
}
