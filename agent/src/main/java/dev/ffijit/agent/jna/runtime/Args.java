package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Pointer;

/**
 * Conversions of primitive, boxed and Pointer arguments, called by generated code. Each is what
 * {@code Function.convertArgument} and {@code dispatch()} do for that type (docs/jna.md, "Arguments").
 */
final class Args {
    private Args() {}

    /** JNA interface mapping passes a boolean as the int -1 or 0. */
    static int minusOneIfTrue(boolean b) { return b ? -1 : 0; }

    /** JNA direct mapping passes a boolean as 1 or 0. */
    static int oneIfTrue(boolean b) { return b ? 1 : 0; }

    /** A null box is passed as a NULL pointer, not as the primitive, so it takes JNA's path. */
    static boolean nonNull(Object o) { return o != null; }

    static int minusOneIfTrue(Boolean b) { return b ? -1 : 0; }
    static int oneIfTrue(Boolean b) { return b ? 1 : 0; }
    static byte unbox(Byte b) { return b; }
    static short unbox(Short s) { return s; }
    static char unbox(Character c) { return c; }
    static int unbox(Integer i) { return i; }
    static long unbox(Long l) { return l; }
    static float unbox(Float f) { return f; }
    static double unbox(Double d) { return d; }

    /**
     * JNA converts a NativeMapped argument with its converter and a Callback to a function pointer before it looks
     * at Pointers, whatever the declared type; such Pointer subclasses take JNA's path.
     */
    static boolean isPlainPointer(Pointer p) {
        return Kinds.isPlainPointer(p);
    }

    /** dispatch() reads the {@code peer} field, whatever the subclass overrides. */
    static long address(Pointer p) {
        return Pointer.nativeValue(p);
    }
}
