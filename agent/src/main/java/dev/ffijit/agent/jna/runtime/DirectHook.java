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
        binder.registered(cls, (NativeLibrary) library);
    }

    @Override
    public void unregistered(Class<?> cls) {
        binder.unregistered(cls);
    }
}
