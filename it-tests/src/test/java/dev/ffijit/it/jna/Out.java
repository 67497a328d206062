package dev.ffijit.it.jna;

import java.util.concurrent.Callable;

/** Prints one line per check, including the exception a call throws, so stdout captures every observable outcome. */
public final class Out {
    private Out() {}

    public static void p(String label, Object value) {
        System.out.println(label + " = " + value);
    }

    public static void call(String label, Callable<?> call) {
        try {
            p(label, call.call());
        } catch (Throwable t) {
            System.out.println(label + " threw " + describe(t));
        }
    }

    public static void run(String label, ThrowingRunnable r) {
        try {
            r.run();
            System.out.println(label + " ok");
        } catch (Throwable t) {
            System.out.println(label + " threw " + describe(t));
        }
    }

    public static String describe(Throwable t) {
        String s = t.getClass().getName() + ": " + t.getMessage();
        if (t instanceof com.sun.jna.LastErrorException e) s += " (code " + e.getErrorCode() + ")";
        if (t.getCause() != null) s += " caused by " + describe(t.getCause());
        return s;
    }

    public interface ThrowingRunnable {
        void run() throws Throwable;
    }
}
