package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;
import jnr.ffi.Address;
import jnr.ffi.provider.jffi.AsmRuntime;

/** A {@code jnr.ffi.Address}: jnr-ffi's own {@code AsmRuntime.longValue} (0 for null). */
record AddressArg() implements ArgPlan {
    @Override
    public Param param() { return MemoryArg.ADDRESS; }

    @Override
    public Class<?> erased() { return Object.class; }

    @Override
    public void emitCarrier(CallEmitter e, int param, int converted, int scratch) {
        e.load(Object.class, param);
        e.checkcast(Address.class);
        e.invokeStatic(AsmRuntime.class, "longValue", long.class, Address.class);
    }
}
