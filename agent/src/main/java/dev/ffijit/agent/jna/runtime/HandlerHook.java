package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Library;
import dev.ffijit.agent.log.Log;
import dev.ffijit.bootstrap.Bridge;
import dev.ffijit.bootstrap.InvocationHook;

import java.lang.reflect.Method;

/**
 * Runs at the entry of every {@code Library.Handler.invoke}: Object methods and methods without a fast path
 * proceed into JNA's body; accelerated methods run their fast method with the boxed arguments. Calls get here
 * through proxies without slots (late attach, {@code synchronizedLibrary}, application handlers wrapping JNA's)
 * and for each handler's first call, which binds the handler.
 */
final class HandlerHook implements InvocationHook {
    private final Bindings bindings;

    HandlerHook(Bindings bindings) {
        this.bindings = bindings;
    }

    @Override
    public Object invoke(Object handler, Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) return Bridge.PROCEED;
        LibraryBinding b;
        try {
            b = bindings.of((Library.Handler) handler);
        } catch (RuntimeException | LinkageError e) {
            Log.warn("a JNA library stays on JNA's path: binding failed", e);
            return Bridge.PROCEED;
        }
        return b.invoke(handler, proxy, method, args);
    }
}
