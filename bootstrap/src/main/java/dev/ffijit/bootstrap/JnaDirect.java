package dev.ffijit.bootstrap;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JNA direct mapping's entry points. The agent inserts calls to {@link #registered}/{@link #unregistered} into
 * {@code com.sun.jna.Native}, to {@link #symbolName}/{@link #original} into {@code NativeLibrary.getFunction(String,
 * Method)}, and links {@code invokedynamic} sites of rewritten direct-mapped classes with {@link #link}.
 * <p>
 * A rewritten class keeps each rewritten native method under the name {@code ffijit$jna$<name>} (JNA registers its
 * closure there) and gets a Java method {@code <name>} whose body is one {@code invokedynamic}. Its call site starts
 * on the renamed native (JNA's own path) and is switched to ffijit's fast method by the agent once JNA registered
 * the class ({@link #target}), and back when JNA unregisters it.
 * <p>
 * None of these methods adds a frame to {@code register(String)}, {@code register(NativeLibrary)} or
 * {@code unregister()}, which find their caller by stack depth.
 */
public final class JnaDirect {
    /** The prefix of a rewritten native method's name. */
    public static final String PREFIX = "ffijit$jna$";

    /** Per class: per method (name + descriptor) its call site, JNA's path and ffijit's fast path. */
    private static final ClassValue<Map<String, Slot>> SLOTS = new ClassValue<>() {
        @Override
        protected Map<String, Slot> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static final MethodHandle RENAME_LINK_ERROR;

    static {
        try {
            RENAME_LINK_ERROR = MethodHandles.lookup().findStatic(JnaDirect.class, "renameLinkError",
                    MethodType.methodType(void.class, UnsatisfiedLinkError.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final class Slot {
        MutableCallSite site;
        MethodHandle slow;
        MethodHandle fast;
    }

    private JnaDirect() {}

    /** Inserted before each return of {@code Native.register(Class, NativeLibrary)}. */
    public static void registered(Class<?> nativeClass, Class<?> cls, Object library) {
        try {
            if (Bridge.hook(nativeClass) instanceof JnaDirectHook h) h.registered(cls, library);
        } catch (Throwable t) {
            // the class keeps JNA's own bindings
        }
    }

    /** Inserted before each return of {@code Native.unregister(Class)}. */
    public static void unregistered(Class<?> nativeClass, Class<?> cls) {
        try {
            if (Bridge.hook(nativeClass) instanceof JnaDirectHook h) h.unregistered(cls);
        } catch (Throwable t) {
            // the agent's hook resets the call sites itself; if it failed there is nothing else to do
        }
    }

    /**
     * Inserted at the entry of {@code NativeLibrary.getFunction(String name, Method method)}: for a renamed native
     * method JNA looks up the symbol of the method's original name.
     */
    public static String symbolName(String name, Method method) {
        if (method != null && name != null && isRenamed(method) && name.equals(method.getName())) {
            return name.substring(PREFIX.length());
        }
        return name;
    }

    /** Inserted after {@link #symbolName}: a function mapper sees the original method (same name, types, annotations). */
    public static Method original(Method method) {
        if (method == null || !isRenamed(method)) return method;
        try {
            return method.getDeclaringClass().getDeclaredMethod(method.getName().substring(PREFIX.length()),
                    method.getParameterTypes());
        } catch (NoSuchMethodException | RuntimeException e) {
            return method;
        }
    }

    private static boolean isRenamed(Method m) {
        return Modifier.isNative(m.getModifiers()) && m.getName().startsWith(PREFIX);
    }

    /** Bootstrap of the {@code invokedynamic} in a rewritten method {@code name}: JNA's path until the agent says. */
    public static CallSite link(MethodHandles.Lookup caller, String name, MethodType type, String renamed)
            throws ReflectiveOperationException {
        Class<?> cls = caller.lookupClass();
        MethodHandle slow = caller.findStatic(cls, renamed, type);
        // a call after Native.unregister fails as the original native method would: the JVM's message names it
        slow = MethodHandles.catchException(slow, UnsatisfiedLinkError.class,
                MethodHandles.dropArguments(RENAME_LINK_ERROR.asType(MethodType.methodType(type.returnType(),
                        UnsatisfiedLinkError.class)), 1, type.parameterList()));
        Slot s = SLOTS.get(cls).computeIfAbsent(name + type.toMethodDescriptorString(), k -> new Slot());
        synchronized (s) {
            if (s.site == null) {
                s.slow = slow;
                s.site = new MutableCallSite(s.fast != null ? s.fast : slow);
            }
            return s.site;
        }
    }

    private static void renameLinkError(UnsatisfiedLinkError e) {
        String m = e.getMessage();
        if (m == null || !m.contains(PREFIX)) throw e;
        UnsatisfiedLinkError r = new UnsatisfiedLinkError(m.replace(PREFIX, ""));
        r.setStackTrace(e.getStackTrace());
        throw r;
    }

    /**
     * Called by the agent: the fast path of {@code cls.name(descriptor)} (exactly typed), or null for JNA's path.
     * Switching back to JNA's path is made visible to all threads before this returns.
     */
    public static void target(Class<?> cls, String nameAndDescriptor, MethodHandle fast) {
        Slot s = SLOTS.get(cls).computeIfAbsent(nameAndDescriptor, k -> new Slot());
        MutableCallSite site;
        synchronized (s) {
            s.fast = fast;
            site = s.site;
            if (site == null) return;
            site.setTarget(fast != null ? fast : s.slow);
        }
        if (fast == null) MutableCallSite.syncAll(new MutableCallSite[] {site});
    }
}
