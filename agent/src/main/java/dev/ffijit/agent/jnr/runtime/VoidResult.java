package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;

/** A void function. */
record VoidResult() implements ResultPlan {
    @Override
    public Param param() { return Param.of(JType.VOID, CType.VOID); }

    @Override
    public Class<?> erased() { return void.class; }

    @Override
    public void emitConvert(CallEmitter e) {}
}
