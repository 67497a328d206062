package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Callback;
import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeMapped;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * The interface tests JNA applies to argument objects ({@code instanceof NativeMapped}, {@code Callback},
 * {@code Structure.ByValue}), answered per class and cached: on JDK 17, a failing {@code instanceof} against an
 * interface scans the class's secondary supertypes with {@code repne scas} on every call, which measured 65 ns.
 */
final class Kinds {
    private static final Class<?> SHARED_MEMORY = StructAccess.SHARED_MEMORY;
    private static final Class<?> AUTO_ALLOCATED = StructAccess.AUTO_ALLOCATED;

    private static final ClassValue<Boolean> NATIVE_MAPPED = is(NativeMapped.class);
    private static final ClassValue<Boolean> CALLBACK = is(Callback.class);
    private static final ClassValue<Boolean> BY_VALUE = is(Structure.ByValue.class);

    private Kinds() {}

    /** A Pointer JNA passes as its peer: not NativeMapped, not a Callback. JNA's own classes answer at once. */
    static boolean isPlainPointer(Pointer p) {
        if (p == null) return true;
        Class<?> c = p.getClass();
        if (c == Pointer.class || c == Memory.class || c == SHARED_MEMORY || c == Function.class || c == AUTO_ALLOCATED) {
            return true;
        }
        return !NATIVE_MAPPED.get(c) && !CALLBACK.get(c);
    }

    static boolean isNativeMapped(Class<?> c) {
        return NATIVE_MAPPED.get(c);
    }

    static boolean isByValue(Class<?> c) {
        return BY_VALUE.get(c);
    }

    private static ClassValue<Boolean> is(Class<?> type) {
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> c) {
                return type.isAssignableFrom(c);
            }
        };
    }
}
