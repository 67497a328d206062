package dev.ffijit.agent.jnr.runtime;

import java.lang.invoke.MethodHandle;

/**
 * jnr-ffi's converter step for one parameter: the converter, its context (null when jnr-ffi passes none) and the
 * very {@code toNative} method jnr-ffi's generated code would call, as a handle of type (Object, Object,
 * Object)Object.
 */
record ToNative(Object converter, Object context, MethodHandle method, boolean postInvocation,
                Class<?> nativeType) {}
