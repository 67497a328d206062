package dev.ffijit.it.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Interface and direct mapping in the API JNA 3 and 4 share with 5, for the releases ffijit does not follow: with the
 * agent, each call must still do what JNA does. Compiled against JNA 5, so {@code loadLibrary} is called reflectively
 * (its erased result type changed in 5).
 */
public final class OldJnaScenario {
    public interface LibC extends Library {
        long labs(long x);

        int strlen(String s);

        Pointer memset(Pointer p, int c, long n);

        int close(int fd) throws LastErrorException;
    }

    public static final class Direct {
        static {
            Native.register("c");
        }

        private Direct() {}

        public static native long labs(long x);

        public static native int strlen(String s);
    }

    public static void main(String[] args) throws Exception {
        LibC c = (LibC) Native.class.getMethod("loadLibrary", String.class, Class.class).invoke(null, "c", LibC.class);
        Out.p("labs", c.labs(-5));
        Out.p("strlen", c.strlen("hello"));
        Memory m = new Memory(16);
        Out.p("memset returns its argument", c.memset(m, 7, 16).equals(m));
        Out.p("byte 9", m.getByte(9));
        try {
            c.close(-1);
            Out.p("close", "no exception");
        } catch (LastErrorException e) {
            Out.p("close code", e.getErrorCode()); // JNA 3.5.2's message has uninitialised bytes: not compared
        }
        Out.p("direct labs", Direct.labs(-9));
        Out.p("direct strlen", Direct.strlen("abc"));
        Out.p("last error", Native.getLastError());
    }
}
