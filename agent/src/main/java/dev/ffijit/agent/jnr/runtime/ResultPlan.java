package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;

/** How the stub's result becomes the Java result, as jnr-ffi's generated code converts it. */
interface ResultPlan {
    /** The stub's view: JNI carrier and C type. */
    Param param();

    /** The generated method's return type: the declared primitive, void, or Object. */
    Class<?> erased();

    /** Turns the carrier on the stack into the return value on the stack. */
    void emitConvert(CallEmitter e);
}
