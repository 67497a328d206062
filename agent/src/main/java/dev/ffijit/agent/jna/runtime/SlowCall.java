package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Function;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * JNA's own path for one call of an accelerated method, for argument values the fast path does not reproduce
 * (a Pointer subclass that is NativeMapped, a read-only heap buffer, a call on a virtual thread, ...): for interface
 * mapping exactly what {@code Library.Handler.invoke} does after its FunctionInfo lookup; for direct mapping the
 * renamed native method JNA registered its closure on ({@code jnaDirect}). A record, so the constant folds.
 */
record SlowCall(Function function, Method method, Class<?>[] parameterTypes, Map<String, ?> options, MethodHandle jnaDirect) {

    /** Interface mapping: {@code Function.invoke} as the handler calls it. */
    static SlowCall ofInterface(Function function, Method method, Class<?>[] parameterTypes, Map<String, ?> options) {
        return new SlowCall(function, method, parameterTypes, options, null);
    }

    /** Direct mapping: the renamed native method JNA registered its closure on, typed {@code (Object[])Object}. */
    static SlowCall ofDirect(Function function, Method method, MethodHandle renamedNative) {
        MethodHandle spread = renamedNative.asSpreader(Object[].class, method.getParameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
        return new SlowCall(function, method, method.getParameterTypes(), Map.of(), spread);
    }

    private static final MethodHandle INVOKE;

    static {
        try {
            INVOKE = Opening.privateLookup(Function.class).findVirtual(Function.class, "invoke",
                    MethodType.methodType(Object.class, Method.class, Class[].class, Class.class, Object[].class, Map.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Object invoke(Object[] args) throws Throwable {
        if (jnaDirect != null) return (Object) jnaDirect.invokeExact(args);
        return (Object) INVOKE.invokeExact(function, method, parameterTypes, method.getReturnType(), args, options);
    }
}
