package dev.ffijit.agent.jnr.runtime;

import java.lang.invoke.MethodHandle;

/**
 * jnr-ffi's converter step for a result: the converter, its context (or null) and the {@code fromNative} method
 * jnr-ffi's generated code would call, as a handle of type (Object, Object, Object)Object.
 */
record FromNative(Object converter, Object context, MethodHandle method, Class<?> nativeType) {}
