package dev.ffijit.agent.jna.runtime;

import com.sun.jna.NativeLibrary;
import dev.ffijit.bootstrap.JnaDirectHook;

/** Runs when {@code Native.register(Class, NativeLibrary)} returns and when {@code Native.unregister(Class)} returns. */
final class DirectHook implements JnaDirectHook {
    private final DirectBinder binder;

    DirectHook(DirectBinder binder) {
        this.binder = binder;
    }

    @Override
    public void registered(Class<?> cls, Object library) {
        int errno = KeptErrno.save();
        try {
            binder.registered(cls, (NativeLibrary) library);
        } finally {
            KeptErrno.restore(errno);
        }
    }

    @Override
    public void unregistered(Class<?> cls) {
        int errno = KeptErrno.save();
        try {
            binder.unregistered(cls);
        } finally {
            KeptErrno.restore(errno);
        }
    }
}
