package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * Structure arguments passed by reference, as {@code Function.invoke} handles them: {@code autoWrite()} then
 * {@code getPointer()} before the call; after a normal return {@code autoRead()}, unless the instance is a
 * ByValue one (passed by reference because the declared type is not). The sync handles come from
 * {@link StructSync}.
 */
final class StructArgs {
    private StructArgs() {}

    /** A Structure that is also NativeMapped is converted by its converter first: JNA's path. */
    static boolean isPlain(Structure s, StructSync.Handles h) {
        if (s == null) return true;
        Class<?> c = s.getClass();
        return c == h.declared() || !Kinds.isNativeMapped(c);
    }

    static long before(Structure s, StructSync.Handles h) throws Throwable {
        if (s == null) return 0;
        h.autoWrite().invokeExact(s);
        return Pointer.nativeValue(s.getPointer());
    }

    /** The declared type is not ByValue (that one stays on JNA's path), but an instance of a subclass may be. */
    static void after(Structure s, StructSync.Handles h) throws Throwable {
        if (s == null) return;
        Class<?> c = s.getClass();
        if (c == h.declared() || !Kinds.isByValue(c)) h.autoRead().invokeExact(s);
    }

    // ---- direct mapping (dispatch_direct): writeStructure, getStructureAddress (the memory field), autoRead of all ----

    private static final ClassValue<Boolean> OWN_GET_POINTER = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            for (Class<?> k = c; k != Structure.class; k = k.getSuperclass()) {
                try {
                    k.getDeclaredMethod("getPointer");
                    return true;
                } catch (NoSuchMethodException e) {
                    // look further up
                }
            }
            return false;
        }
    };

    /**
     * dispatch_direct reads the {@code memory} field, which {@code getPointer()} returns unless a class overrides it;
     * a NativeMapped Structure is still a Structure there (CVT_STRUCTURE), but its converter is not used either, and
     * JNA's path is exact for both: they go there.
     */
    static boolean isPlainDirect(Structure s, StructSync.Handles h) {
        if (s == null) return true;
        Class<?> c = s.getClass();
        return c == h.declared() ? !OWN_GET_POINTER.get(c) : !Kinds.isNativeMapped(c) && !OWN_GET_POINTER.get(c);
    }

    /** dispatch_direct calls {@code autoRead()} on every Structure argument, ByValue instances too. */
    static void afterDirect(Structure s, StructSync.Handles h) throws Throwable {
        if (s == null) return;
        h.autoRead().invokeExact(s);
    }
}
