package dev.ffijit.agent.jna.runtime;

import com.sun.jna.IntegerType;
import com.sun.jna.NativeMappedConverter;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;

import java.lang.reflect.Method;

/**
 * JNA's own NativeMapped kinds, IntegerType (NativeLong, size_t types, ...) and PointerType (the ByReference
 * types, HANDLE-like types): JNA passes {@code toNative()}, which is the boxed {@code number} (a register holding it
 * sign-extended) or the {@code pointer}'s peer. Reproduced only for runtime classes that override none of the
 * methods involved and whose converter JNA can build; anything else takes JNA's path for that call.
 */
final class NativeMappedArgs {
    private NativeMappedArgs() {}

    private static final ClassValue<Boolean> PLAIN_INTEGER = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            return !Overrides.any(c, IntegerType.class, "toNative", "nativeType") && converterBuilds(c);
        }
    };

    private static final ClassValue<Boolean> PLAIN_POINTER_TYPE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            return !Overrides.any(c, PointerType.class, "toNative", "getPointer") && converterBuilds(c);
        }
    };

    static boolean isPlain(IntegerType v) {
        return v == null || PLAIN_INTEGER.get(v.getClass());
    }

    static long value(IntegerType v) {
        return v == null ? 0 : ((Number) v.toNative()).longValue();
    }

    static boolean isPlain(PointerType v) {
        return v == null || (PLAIN_POINTER_TYPE.get(v.getClass()) && Kinds.isPlainPointer(v.getPointer()));
    }

    static long address(PointerType v) {
        return v == null ? 0 : Pointer.nativeValue(v.getPointer());
    }

    /** JNA builds the converter, and with it a default instance, on every call; a class it cannot build fails there. */
    private static boolean converterBuilds(Class<?> c) {
        try {
            NativeMappedConverter.getInstance(c);
            return true;
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    /** Whether a class overrides, below {@code base}, any of {@code base}'s public methods of these names. */
    static final class Overrides {
        static boolean any(Class<?> c, Class<?> base, String... names) {
            for (Class<?> k = c; k != null && k != base; k = k.getSuperclass()) {
                for (Method m : k.getDeclaredMethods()) {
                    if (m.isBridge() || m.isSynthetic()) continue;
                    for (String n : names) {
                        if (m.getName().equals(n) && declares(base, n, m.getParameterTypes())) return true;
                    }
                }
            }
            return false;
        }

        private static boolean declares(Class<?> base, String name, Class<?>[] params) {
            try {
                base.getMethod(name, params);
                return true;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }
}
