package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;
import jnr.ffi.NativeType;

/**
 * A declared primitive without converter. The stub returns the C value widened by its C type, as libffi hands it
 * to jffi; jnr-ffi's own narrowing follows (so a boolean is "not zero" over the whole value).
 */
record PrimitiveResult(Class<?> declared, NativeType nativeType, Param param) implements ResultPlan {
    @Override
    public Class<?> erased() { return declared; }

    @Override
    public void emitConvert(CallEmitter e) {
        if (declared.equals(float.class) || declared.equals(double.class)) return;
        JnrNumbers.convertPrimitive(e.mv, param.carrier().javaClass(), declared, nativeType);
    }
}
