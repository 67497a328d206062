package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Native;
import dev.ffijit.stubgen.Platform;
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

    private Natives(Platform platform, JnaNativeAccess access, ErrnoCapture errno) {
        this.platform = platform;
        this.access = access;
        this.linker = new StubLinker(access, platform);
        this.errno = errno;
    }

    static Natives create(Platform platform) throws ReflectiveOperationException {
        JnaNativeAccess access = new JnaNativeAccess();
        long location = access.symbol(platform.os().errnoLocationSymbol());
        long save = 0;
        String path = jnidispatchPath();
        if (path != null) save = access.symbol(path, "JNA_set_last_error");
        if (save == 0) save = access.symbol("jnidispatch", "JNA_set_last_error");
        if (save == 0 || location == 0) {
            throw new IllegalStateException("JNA_set_last_error or " + platform.os().errnoLocationSymbol() + " not found");
        }
        return new Natives(platform, access, new ErrnoCapture(ErrnoCapture.Style.ENV_AND_VALUE, location, save, false));
    }

    private static String jnidispatchPath() throws ReflectiveOperationException {
        VarHandle h = Opening.privateLookup(Native.class).findStaticVarHandle(Native.class, "jnidispatchPath", String.class);
        return (String) h.get();
    }

    Platform platform() { return platform; }
    JnaNativeAccess access() { return access; }
    StubLinker linker() { return linker; }

    /** Save errno into JNA's slot after the call; clear it first for methods that throw LastErrorException. */
    ErrnoCapture errno(boolean clearBefore) {
        return errno.withClearBefore(clearBefore);
    }
}
