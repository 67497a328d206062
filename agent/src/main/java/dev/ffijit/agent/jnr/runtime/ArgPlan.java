package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.Param;

/**
 * How one parameter gets from the Java call to the stub, in two phases: first every parameter's jnr-ffi converter
 * runs, left to right, as in jnr-ffi's generated code; then each converted value becomes its carrier (for memory,
 * an address, copying heap data into scratch memory).
 */
interface ArgPlan {
    /** The stub's view: JNI carrier and C type. */
    Param param();

    /** The generated method's parameter type: the declared primitive, or Object for any reference. */
    Class<?> erased();

    /** jnr-ffi's converter for this parameter, or null. */
    default ToNative converter() { return null; }

    /** Whether phase 2 may put data in scratch memory. */
    default boolean usesScratch() { return false; }

    /** Whether heap data may have to be copied back after the call. */
    default boolean copiesBack() { return false; }

    /** Phase 1: stores the value phase 2 works on in {@code converted} (unused by primitives). */
    default void emitConvert(CallEmitter e, int param, int converted) {}

    /** Phase 2: pushes the carrier. */
    void emitCarrier(CallEmitter e, int param, int converted, int scratch);
}
