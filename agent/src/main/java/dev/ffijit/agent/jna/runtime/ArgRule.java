package dev.ffijit.agent.jna.runtime;

import dev.ffijit.stubgen.sig.Param;

/**
 * How one declared parameter type reaches C on the fast path, as data the code generator reads.
 *
 * @param what     short description for the report ("String->ring")
 * @param erased   the type of the fast method's parameter: only JDK and JNA types, so the fast class links
 *                 against no application class
 * @param param    the stub's argument: JNI carrier and C type
 * @param guard    (value[, constant])boolean, or null: false sends the whole call, before any side effect, to JNA's path
 * @param convert  (value[, constant][, ThreadBuffers])carrier, or null when the value is the carrier
 * @param after    (value[, constant])void after a normal return, or null
 * @param constant the constant operand of the rule's helpers, or null
 * @param fence    keep the value reachable until the call returns (its memory is what C sees)
 */
record ArgRule(String what, Class<?> erased, Param param, Call guard, Call convert, Call after, Object constant,
               boolean fence) {

    boolean usesBuffers() {
        return convert != null && convert.usesBuffers();
    }
}
