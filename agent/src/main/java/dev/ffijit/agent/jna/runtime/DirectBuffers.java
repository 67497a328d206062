package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.Buffer;

/**
 * The address of a direct buffer, as JNI's {@code GetDirectBufferAddress} gives it (what JNA passes, plus the
 * position). Read from {@code java.nio.Buffer.address}, opened to ffijit alone; if that field cannot be reached,
 * through JNA's own {@code Native.getDirectBufferPointer}, a JNI call.
 */
final class DirectBuffers {
    private static final VarHandle ADDRESS = addressField();

    private DirectBuffers() {}

    static long address(Buffer b) {
        if (ADDRESS != null) return (long) ADDRESS.get(b);
        return Pointer.nativeValue(Native.getDirectBufferPointer(b));
    }

    private static VarHandle addressField() {
        try {
            Opening.openTo(Buffer.class, DirectBuffers.class.getModule());
            return MethodHandles.privateLookupIn(Buffer.class, MethodHandles.lookup())
                    .findVarHandle(Buffer.class, "address", long.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
