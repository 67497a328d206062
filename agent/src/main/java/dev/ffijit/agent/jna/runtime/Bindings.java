package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Library;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * The binding of each live {@code Library.Handler}, per interface: a short copy-on-write list read without locks.
 * Handlers are held weakly and their entries dropped when they are collected, so ffijit keeps no NativeLibrary
 * alive longer than JNA would. The first call through a handler binds it, once, under the interface's lock.
 */
final class Bindings {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "ffijit-jna-bindings");
        t.setDaemon(true);
        return t;
    });

    private final LibraryBinder binder;
    private final ClassValue<Table> tables = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> iface) {
            return new Table();
        }
    };

    Bindings(LibraryBinder binder) {
        this.binder = binder;
    }

    LibraryBinding of(Library.Handler handler) {
        Table t = tables.get(handler.getInterfaceClass());
        for (Entry e : t.entries) {
            if (e.handler.get() == handler) return e.binding;
        }
        int errno = KeptErrno.save();
        try {
            return t.bind(handler, binder);
        } finally {
            KeptErrno.restore(errno);
        }
    }

    private record Entry(WeakReference<Object> handler, LibraryBinding binding) {}

    private static final class Table {
        volatile Entry[] entries = new Entry[0];

        synchronized LibraryBinding bind(Library.Handler handler, LibraryBinder binder) {
            for (Entry e : entries) {
                if (e.handler.get() == handler) return e.binding;
            }
            Entry entry = new Entry(new WeakReference<>(handler), binder.bind(handler));
            Entry[] grown = Arrays.copyOf(entries, entries.length + 1);
            grown[entries.length] = entry;
            entries = grown;
            CLEANER.register(handler, () -> remove(entry));
            return entry.binding;
        }

        synchronized void remove(Entry entry) {
            Entry[] kept = Arrays.stream(entries).filter(e -> e != entry).toArray(Entry[]::new);
            entries = kept;
        }
    }
}
