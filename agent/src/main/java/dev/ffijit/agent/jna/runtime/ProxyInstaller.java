package dev.ffijit.agent.jna.runtime;

import dev.ffijit.agent.jna.ProxySlots;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills the slots the proxy rewriter added to a proxy class ({@link ProxySlots}) with a library's adapter, one
 * slot per accelerated method. A proxy class defined before the agent started (late attach) has no slots: its calls
 * keep going through the handler hook.
 */
final class ProxyInstaller {
    private static final ClassValue<Map<String, VarHandle>> SLOTS = new ClassValue<>() {
        @Override
        protected Map<String, VarHandle> computeValue(Class<?> proxyClass) {
            Map<String, VarHandle> slots = new HashMap<>();
            MethodHandles.Lookup lookup = null;
            for (Field f : proxyClass.getDeclaredFields()) {
                if (!f.getName().startsWith("ffijit$") || !f.isSynthetic()) continue;
                try {
                    if (lookup == null) lookup = Opening.privateLookup(proxyClass);
                    slots.put(f.getName(), lookup.unreflectVarHandle(f));
                } catch (IllegalAccessException | RuntimeException e) {
                    return Map.of();
                }
            }
            return slots;
        }
    };

    private ProxyInstaller() {}

    /** Installs {@code adapter} for each of {@code methods}; returns how many slots were filled. */
    static int install(Object proxy, Object adapter, Iterable<Method> methods) {
        Map<String, VarHandle> slots = SLOTS.get(proxy.getClass());
        if (slots.isEmpty()) return 0;
        int n = 0;
        for (Method m : methods) {
            VarHandle slot = slots.get(ProxySlots.fieldName(m.getName(),
                    ProxySlots.descriptor(m.getParameterTypes(), m.getReturnType())));
            if (slot == null) continue;
            slot.setVolatile(proxy, adapter);
            n++;
        }
        return n;
    }
}
