package dev.ffijit.it.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/**
 * The object the application gets stays JNA's proxy: handler, toString, equals, hashCode, synchronizedLibrary,
 * default methods, interface inheritance, a package-private interface, and an application handler wrapping JNA's.
 */
public final class IdentityScenario {
    public interface Base extends Library {
        long jit_i64(long v);
    }

    public interface Derived extends Base {
        long jit_i32(int v);

        int jit_sleep_ms(int ms);

        default long twice(long v) {
            return 2 * jit_i64(v);
        }
    }

    /** Its proxy class lives in this package rather than in a jdk.proxy module. */
    interface Hidden extends Library {
        long jit_i64(long v);
    }

    /** While another thread sleeps in C through the synchronized proxy, it must hold the NativeLibrary's monitor. */
    static boolean holdsLibraryLock(Derived sync, Object library) {
        Thread sleeper = new Thread(() -> sync.jit_sleep_ms(1500), "sleeper");
        sleeper.start();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean held = false;
        long until = System.nanoTime() + 1_000_000_000L;
        while (!held && System.nanoTime() < until) {
            java.lang.management.ThreadInfo info = mx.getThreadInfo(new long[] {sleeper.getId()}, true, false)[0];
            if (info != null) {
                for (java.lang.management.MonitorInfo m : info.getLockedMonitors()) {
                    held |= m.getIdentityHashCode() == System.identityHashCode(library);
                }
            }
            Thread.onSpinWait();
        }
        try {
            sleeper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return held;
    }

    public static void main(String[] args) {
        Derived d = Native.load("jna_it", Derived.class);
        InvocationHandler h = Proxy.getInvocationHandler(d);
        Out.p("handler", h.getClass().getName());
        Out.p("toString prefix", d.toString().startsWith("Proxy interface to Native Library <"));
        Out.p("hashCode", d.hashCode() == h.hashCode());
        Out.p("equals self", d.equals(d));
        Out.p("equals null", d.equals(null));
        Out.p("calls", d.jit_i64(-5) + " " + d.jit_i32(7) + " " + d.twice(21));
        Out.p("native library", Native.getNativeLibrary(d).getName());
        Derived sync = (Derived) Native.synchronizedLibrary(d);
        Out.p("sync calls", sync.jit_i64(8) + " " + sync.jit_i32(-8) + " " + sync.twice(4));
        Out.p("sync equals", d.equals(sync) + " " + sync.equals(d));
        Out.p("sync handler is JNA's", Proxy.getInvocationHandler(sync) instanceof Library.Handler);
        try {
            Native.synchronizedLibrary(sync);
        } catch (IllegalArgumentException e) {
            Out.p("sync of sync", e.getMessage().replaceAll("@[0-9a-f]+", "@.."));
        }
        Out.p("same class", d.getClass() == sync.getClass());
        Out.p("sync holds the library's lock during the native call", holdsLibraryLock(sync, Native.getNativeLibrary(d)));
        Derived second = Native.load("jna_it", Derived.class);
        Out.p("second load", second.jit_i64(9) + " equals first " + second.equals(d));

        int[] wrapped = {0};
        Derived outer = (Derived) Proxy.newProxyInstance(Derived.class.getClassLoader(), new Class<?>[] {Derived.class},
                (proxy, method, margs) -> {
                    wrapped[0]++;
                    return h.invoke(proxy, method, margs);
                });
        Out.p("wrapped calls", outer.jit_i64(1) + outer.jit_i64(2) + outer.jit_i32(3));
        Out.p("wrapper saw", wrapped[0]);

        Hidden hidden = Native.load("jna_it", Hidden.class);
        Out.p("hidden", hidden.jit_i64(Long.MIN_VALUE) + " " + hidden.getClass().getPackageName());
        long sum = 0;
        for (int i = 0; i < 10000; i++) sum += d.jit_i64(i) + sync.jit_i32(i) + hidden.jit_i64(i) + outer.jit_i64(i);
        Out.p("loop", sum + " wrapper saw " + wrapped[0]);
    }
}
