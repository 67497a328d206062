package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import dev.ffijit.stubgen.bind.CallerErrno;

/**
 * ffijit's own work on an application thread (starting the runtime, binding a library on its first call, binding a
 * registered class, a thread's first buffers, a LastErrorException's message) leaves that thread's errno as it found
 * it. JNA saves whatever errno a thread holds after each call, so for a C function that leaves errno alone
 * {@code Native.getLastError()} reports what came before the call; the errno this work would leave behind (ENOENT
 * from the class path lookups of ffijit's classes, EAGAIN that HotSpot's {@code sem_trywait} leaves while it links
 * method handles) must not be what it reports.
 * <p>
 * Callers bracket their work with {@code save()} and {@code restore} in try/finally rather than hand it over as a
 * lambda: linking a lambda at its first use is such JVM work, and would run before {@code save()} reads errno.
 * One per copy of JNA: this class is defined once per {@link dev.ffijit.agent.host.HostLoader}.
 */
final class KeptErrno {
    /** What {@link #save} answers before the runtime is up: nothing to put back. */
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static volatile CallerErrno errno;

    private KeptErrno() {}

    static void install(CallerErrno callerErrno) {
        errno = callerErrno;
    }

    /** This thread's errno now, for {@link #restore}. */
    static int save() {
        CallerErrno e = errno;
        return e == null ? UNKNOWN : e.get();
    }

    static void restore(int saved) {
        CallerErrno e = errno;
        if (e != null && saved != UNKNOWN) e.set(saved);
    }

    /**
     * This thread's errno before the runtime (and its own reader) exists, read through JNA itself: any call through
     * JNA saves errno into {@code Native.getLastError()}, whose previous value is put back at once. Putting it back
     * sets errno too, which {@link #restore} undoes once the reader is installed.
     */
    static int saveThroughJna(String errnoLocationSymbol) {
        int cell = Native.getLastError();
        try {
            NativeLibrary.getProcess().getFunction(errnoLocationSymbol).invokeLong(new Object[0]);
            return Native.getLastError();
        } catch (RuntimeException | LinkageError e) {
            return UNKNOWN;
        } finally {
            Native.setLastError(cell);
        }
    }
}
