package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.code.NativeAccess;

import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The calling thread's errno, read and written from Java. Hosts store whatever errno a thread holds after each call
 * (JNA's {@code Native.getLastError()}, jffi's saved errno), so a C function that leaves errno alone reports what
 * the thread did before. ffijit's own work on an application thread (binding a library on its first call, probing,
 * loading classes) must not change that: it reads errno first and puts it back when it is done.
 */
public final class CallerErrno {
    private final MethodHandle location; // ()long: the errno location function, on a stub that saves no errno
    private final NativeAccess access;

    CallerErrno(MethodHandle location, NativeAccess access) {
        this.location = location;
        this.access = access;
    }

    public int get() {
        return ByteBuffer.wrap(access.read(address(), Integer.BYTES)).order(ByteOrder.nativeOrder()).getInt();
    }

    public void set(int value) {
        access.write(address(), ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.nativeOrder()).putInt(value).array());
    }

    private long address() {
        try {
            return (long) location.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
