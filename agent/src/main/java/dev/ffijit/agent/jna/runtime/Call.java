package dev.ffijit.agent.jna.runtime;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A static helper that generated code calls. Its first parameter is the value being converted; any further
 * parameter is a {@link ThreadBuffers} (the thread's buffers) or the rule's constant.
 */
record Call(Class<?> owner, String name, MethodType type) {

    /** The static method of that name taking a first parameter of type {@code first}. */
    static Call of(Class<?> owner, String name, Class<?> first) {
        for (Method m : owner.getDeclaredMethods()) {
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0
                    && m.getParameterTypes()[0] == first) {
                return new Call(owner, name, MethodType.methodType(m.getReturnType(), m.getParameterTypes()));
            }
        }
        throw new IllegalArgumentException("no " + owner.getSimpleName() + "." + name + "(" + first.getSimpleName() + ", ..)");
    }

    boolean usesBuffers() {
        return type.parameterList().contains(ThreadBuffers.class);
    }

    String descriptor() {
        return type.toMethodDescriptorString();
    }
}
