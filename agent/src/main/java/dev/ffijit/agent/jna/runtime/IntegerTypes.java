package dev.ffijit.agent.jna.runtime;

import com.sun.jna.IntegerType;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * The new instance that JNA's own {@code IntegerType.fromNative} makes, without its reflection. JNA makes it with
 * {@code Klass.newInstance(getClass())}: a constructor lookup and a reflective call per value, tens of ns and 56
 * bytes, twice per read of a {@code timeval} of NativeLongs. The same constructor runs here through a method handle,
 * only where the reflective call cannot fail on access, and what the constructor throws reaches the caller as
 * {@code Klass} passes it on. JNA 5.0 called {@code Class.newInstance()} and caught two checked exceptions a
 * constructor could also throw; it keeps its own method.
 */
final class IntegerTypes {
    private static final MethodHandle AS_KLASS_THROWS;

    static {
        try {
            AS_KLASS_THROWS = MethodHandles.lookup().findStatic(IntegerTypes.class, "asKlassThrows",
                    MethodType.methodType(IntegerType.class, Class.class, Throwable.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private IntegerTypes() {}

    /**
     * ()IntegerType: the no-arg constructor of {@code type}, as {@code fromNative} calls it before its
     * {@code setValue}; null when JNA's reflective call could fail on access (a class or constructor that is not
     * public, an abstract class, a package not exported) or the JNA is not known to be 5.1 or later, so JNA's own
     * method runs.
     */
    static MethodHandle constructor(Class<?> type) {
        if (!Boolean.TRUE.equals(JnaVersion.atLeast(5, 1)) || !IntegerType.class.isAssignableFrom(type)) return null;
        int mods = type.getModifiers();
        if (!Modifier.isPublic(mods) || Modifier.isAbstract(mods)
                || !type.getModule().isExported(type.getPackageName())) return null;
        try {
            Constructor<?> c = type.getDeclaredConstructor();
            if (!Modifier.isPublic(c.getModifiers())) return null;
            MethodHandle ctor = Opening.privateLookup(type).unreflectConstructor(c)
                    .asType(MethodType.methodType(IntegerType.class));
            return MethodHandles.catchException(ctor, Throwable.class, AS_KLASS_THROWS.bindTo(type));
        } catch (NoSuchMethodException | IllegalAccessException | SecurityException e) {
            return null;
        }
    }

    /** Klass.newInstance's handling of an exception thrown by the constructor, which reflection had wrapped. */
    private static IntegerType asKlassThrows(Class<?> klass, Throwable thrown) {
        if (thrown instanceof RuntimeException) throw (RuntimeException) thrown;
        InvocationTargetException e = new InvocationTargetException(thrown);
        throw new IllegalArgumentException("Can't create an instance of " + klass
                + ", requires a public no-arg constructor: " + e, e);
    }
}
