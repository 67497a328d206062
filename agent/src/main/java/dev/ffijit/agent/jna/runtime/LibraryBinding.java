package dev.ffijit.agent.jna.runtime;

import dev.ffijit.agent.config.LogLevel;
import dev.ffijit.agent.log.Log;
import dev.ffijit.agent.report.Binding;
import dev.ffijit.bootstrap.Bridge;

import java.lang.invoke.MethodHandle;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

/**
 * What one {@code Library.Handler} got: per interface method, a boxed entry into its fast method or nothing (JNA's
 * path), and the adapter for the proxy's slots. Decided once, at the handler's first call.
 */
final class LibraryBinding {
    static final LibraryBinding NONE = new LibraryBinding(Map.of(), null, List.of(), false);

    /** A method's boxed fast entry ({@code (Object[])Object}), or null when it stays on JNA's path. */
    record Bound(MethodHandle boxed, Binding binding) {}

    private final Map<Method, Bound> methods;
    private final Object adapter;
    private final List<Method> accelerated;
    private final boolean counting;
    private volatile WeakReference<Object> installedIn = new WeakReference<>(null);

    LibraryBinding(Map<Method, Bound> methods, Object adapter, List<Method> accelerated, boolean counting) {
        this.methods = methods;
        this.adapter = adapter;
        this.accelerated = accelerated;
        this.counting = counting;
    }

    /** A call that reached the handler: the fast method with the boxed arguments, or {@link Bridge#PROCEED}. */
    Object invoke(Object handler, Object proxy, Method method, Object[] args) throws Throwable {
        Bound b = methods.get(method);
        if (b == null) return Bridge.PROCEED;
        if (b.boxed == null) {
            if (counting) b.binding.counter().increment();
            return Bridge.PROCEED;
        }
        if (adapter != null && installedIn.get() != proxy) {
            int errno = KeptErrno.save();
            try {
                install(handler, proxy);
            } finally {
                KeptErrno.restore(errno);
            }
        }
        return (Object) b.boxed.invokeExact(args);
    }

    /**
     * Fills the proxy's slots, only if the proxy's own handler is this one: a proxy whose application handler
     * wraps JNA's must keep going through that handler.
     */
    private void install(Object handler, Object proxy) {
        if (proxy == null || !Proxy.isProxyClass(proxy.getClass()) || Proxy.getInvocationHandler(proxy) != handler) return;
        int filled = ProxyInstaller.install(proxy, adapter, accelerated);
        installedIn = new WeakReference<>(proxy);
        if (Log.enabled(LogLevel.DEBUG)) {
            Log.debug("jna: " + filled + " of " + accelerated.size() + " proxy slots filled in " + proxy.getClass().getName());
        }
    }
}
