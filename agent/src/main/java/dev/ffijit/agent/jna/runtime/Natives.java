package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Native;
import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.bind.CallerErrno;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.plan.ErrnoCapture;

import java.lang.invoke.VarHandle;

/**
 * The stub side of one JNA copy: the linker, and where errno goes after each call. JNA saves errno after every
 * call into its own per-thread slot through {@code JNA_set_last_error(JNIEnv*, int)}, which libjnidispatch exports;
 * stubs call the same function, so {@code Native.getLastError()} reads what JNA's own path would have stored.
 */
final class Natives {
    private final Platform platform;
    private final JnaNativeAccess access;
    private final StubLinker linker;
    private final ErrnoCapture errno;

    private Natives(Platform platform, JnaNativeAccess access, StubLinker linker, ErrnoCapture errno) {
        this.platform = platform;
        this.access = access;
        this.linker = linker;
        this.errno = errno;
    }

    /**
     * Stubs read errno at its thread-pointer offset when the probe finds one that every thread agrees on (glibc and
     * musl on Linux), else through the errno location function; they store it straight into JNA's per-thread cell
     * when {@code StubLinker.hostErrnoSlot} finds it, else through {@code JNA_set_last_error}.
     */
    static Natives create(Platform platform) throws ReflectiveOperationException {
        JnaNativeAccess access = new JnaNativeAccess();
        StubLinker linker = new StubLinker(access, platform);
        long location = access.symbol(platform.os().errnoLocationSymbol());
        long save = 0;
        String path = jnidispatchPath();
        if (path != null) save = access.symbol(path, "JNA_set_last_error");
        if (save == 0) save = access.symbol("jnidispatch", "JNA_set_last_error");
        if (save == 0 || location == 0) {
            throw new IllegalStateException("JNA_set_last_error or " + platform.os().errnoLocationSymbol() + " not found");
        }
        int lastError = Native.getLastError(); // the finder sets it on this thread: the application's value stays
        ErrnoCapture errno;
        try {
            errno = new ErrnoCapture(ErrnoCapture.Style.ENV_AND_VALUE, location, save, false)
                    .withThreadOffset(linker.errnoThreadOffset(location))
                    .withSlot(linker.hostErrnoSlot(Native::setLastError, Native::getLastError));
        } finally {
            Native.setLastError(lastError);
        }
        return new Natives(platform, access, linker, errno);
    }

    private static String jnidispatchPath() throws ReflectiveOperationException {
        VarHandle h = Opening.privateLookup(Native.class).findStaticVarHandle(Native.class, "jnidispatchPath", String.class);
        return (String) h.get();
    }

    Platform platform() { return platform; }
    JnaNativeAccess access() { return access; }
    StubLinker linker() { return linker; }

    /** For the log: how stubs reach errno. */
    String errnoAccess() {
        String read = errno.threadOffset() == null ? "through " + platform.os().errnoLocationSymbol() + "()"
                : "at thread-pointer offset " + errno.threadOffset();
        String store = errno.slot() == null ? "JNA_set_last_error"
                : "JNA's cell (pthread key " + errno.slot().key() + ", offset " + errno.slot().offset() + ", found "
                + (!errno.slotThroughThread() ? "through pthread_getspecific"
                        : "at thread-pointer offset " + errno.slot().threadSlot()) + ")";
        return read + ", store into " + store;
    }

    /** The calling thread's errno from Java, through the errno location function the stubs use. */
    CallerErrno callerErrno() throws ReflectiveOperationException {
        return linker.callerErrno(errno.errnoLocation());
    }

    /** Save errno into JNA's slot after the call; clear it first for methods that throw LastErrorException. */
    ErrnoCapture errno(boolean clearBefore) {
        return errno.withClearBefore(clearBefore);
    }
}
