package dev.ffijit.agent.jna.runtime;

import dev.ffijit.stubgen.sig.Param;

/**
 * How the native result becomes the declared return value on the fast path.
 *
 * @param what     short description for the report
 * @param erased   the fast method's return type (JDK and JNA types only; the adapter casts)
 * @param param    the stub's result: JNI carrier and C type
 * @param convert  (carrier[, constant])erased, or null when the carrier is the value
 * @param constant the rule's constant operand, or null
 */
record ResultRule(String what, Class<?> erased, Param param, Call convert, Object constant) {
}
