package dev.ffijit.bootstrap;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Binds {@code invokedynamic} sites in host-generated classes to ffijit's generated code, which those classes
 * cannot name (it lives in hidden classes of another loader). The agent registers a target under a fresh key and
 * the generated class keeps that target strongly reachable itself; this table holds it weakly, so a class that is
 * unloaded takes its generated code with it.
 */
public final class Links {
    private static final Map<String, WeakReference<MethodHandle>> TARGETS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private Links() {}

    /** Registers a target and returns the key to pass to {@link #bootstrap} as its static argument. */
    public static String register(MethodHandle target) {
        TARGETS.values().removeIf(r -> r.get() == null);
        String key = "ffijit-" + NEXT.incrementAndGet();
        TARGETS.put(key, new WeakReference<>(target));
        return key;
    }

    /**
     * The bootstrap method of every ffijit call site. A site may be linked more than once when threads race; each
     * gets the same target, so the entry stays until its target is collected.
     */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, String key) {
        WeakReference<MethodHandle> ref = TARGETS.get(key);
        MethodHandle target = ref == null ? null : ref.get();
        if (target == null) throw new IllegalStateException("ffijit: no call target registered under " + key);
        return new ConstantCallSite(target.asType(type));
    }
}
