package dev.ffijit.stubgen.bind;

import java.util.concurrent.atomic.AtomicReference;

/** Runs a probe in a new thread and waits for it: what holds per thread must hold in one that never ran before. */
final class FreshThread {
    private FreshThread() {}

    interface Probe {
        long run() throws Throwable;
    }

    /** The probe's answer; a failure in the thread comes back as an IllegalStateException. */
    static long run(String name, Probe probe) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                out.set(probe.run());
            } catch (Throwable e) {
                out.set(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        t.join();
        if (out.get() instanceof Long v) return v;
        throw new IllegalStateException(name + " failed", (Throwable) out.get());
    }
}
