package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;
import jnr.ffi.provider.jffi.AsmRuntime;

/** A declared {@code Pointer} result: jnr-ffi's {@code AsmRuntime.pointerValue} (null for NULL). */
record PointerResult(jnr.ffi.Runtime runtime) implements ResultPlan {
    @Override
    public Param param() { return MemoryArg.ADDRESS; }

    @Override
    public Class<?> erased() { return Object.class; }

    @Override
    public void emitConvert(CallEmitter e) {
        e.constant(runtime, jnr.ffi.Runtime.class);
        e.invokeStatic(AsmRuntime.class, "pointerValue", jnr.ffi.Pointer.class, long.class, jnr.ffi.Runtime.class);
    }
}
