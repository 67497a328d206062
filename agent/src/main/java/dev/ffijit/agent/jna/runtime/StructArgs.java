package dev.ffijit.agent.jna.runtime;

import com.sun.jna.NativeMapped;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

import java.lang.invoke.MethodHandle;

/**
 * Structure arguments passed by reference, as {@code Function.invoke} handles them: {@code autoWrite()} then
 * {@code getPointer()} before the call; after a normal return {@code autoRead()}, unless the instance is a
 * ByValue one (passed by reference because the declared type is not). The sync handles come from
 * {@link StructSync}.
 */
final class StructArgs {
    private StructArgs() {}

    /** A Structure that is also NativeMapped is converted by its converter first: JNA's path. */
    static boolean isPlain(Structure s) {
        return s == null || !(s instanceof NativeMapped);
    }

    static long before(Structure s, MethodHandle autoWrite) throws Throwable {
        if (s == null) return 0;
        autoWrite.invokeExact(s);
        return Pointer.nativeValue(s.getPointer());
    }

    static void after(Structure s, MethodHandle autoRead) throws Throwable {
        if (s != null && !(s instanceof Structure.ByValue)) autoRead.invokeExact(s);
    }
}
