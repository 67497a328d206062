package dev.ffijit.bootstrap;

import java.lang.reflect.Method;

/** Called at the entry of an {@code InvocationHandler.invoke}; returns {@link Bridge#PROCEED} to let it run. */
public interface InvocationHook {
    Object invoke(Object handler, Object proxy, Method method, Object[] args) throws Throwable;
}
