package dev.ffijit.it.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * What {@code Native.getLastError()} reports after calls that leave errno alone: what the thread held before the
 * call. Each first call here (a library's binding, a registered class, a thread's first String call, a
 * LastErrorException's message) is where ffijit does its own work on the application's thread. Self-contained, as
 * it runs from a jar of its own (ErrnoLeftAloneTest says why).
 */
public final class ErrnoLeftAloneScenario {
    public interface LibC extends Library {
        long labs(long x);
        int getpid();
        long strlen(String s);
        int close(int fd) throws LastErrorException;
    }

    public static final class Direct {
        static {
            Native.register("c");
        }

        public static native long labs(long x);
        public static native long strlen(String s);
    }

    public static void main(String[] args) throws Exception {
        LibC c = Native.load("c", LibC.class);
        // resolved here, not between a setLastError and its call: the JVM's first resolution of a string constant
        // may write errno itself (DirectPrimitivesScenario.errnoAtEntry)
        String abc = "abc", x = "x", y = "y";
        Native.setLastError(0); // sets errno as well
        c.labs(-1);
        System.out.println("first call of the library, errno 0 before: " + Native.getLastError());
        Native.setLastError(7);
        c.getpid();
        System.out.println("first call of another method, errno 7 before: " + Native.getLastError());
        Native.setLastError(0);
        c.strlen(abc);
        System.out.println("first String call, errno 0 before: " + Native.getLastError());
        try {
            c.close(-1);
        } catch (LastErrorException e) {
            System.out.println("close(-1): " + e.getMessage());
        }
        c.getpid();
        System.out.println("after the LastErrorException: " + Native.getLastError());
        Native.setLastError(5);
        Direct.labs(-3);
        System.out.println("direct class registered in this call, errno 5 before: " + Native.getLastError());
        Native.setLastError(6);
        Direct.strlen(abc);
        System.out.println("direct String call, errno 6 before: " + Native.getLastError());
        int[] seen = new int[2];
        Thread t = new Thread(() -> {
            Native.setLastError(3);
            c.strlen(x);
            seen[0] = Native.getLastError();
            Native.setLastError(4);
            Direct.strlen(y);
            seen[1] = Native.getLastError();
        });
        t.start();
        t.join();
        System.out.println("a new thread's first String calls, errno 3 and 4 before: " + seen[0] + " " + seen[1]);
    }
}
