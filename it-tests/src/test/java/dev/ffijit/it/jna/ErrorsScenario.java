package dev.ffijit.it.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;

/** LastErrorException codes and messages, Native.getLastError after plain calls, missing symbols. */
public final class ErrorsScenario {
    public interface Plain extends Library {
        int jit_set_errno(int e, int ret);
        int jit_errno_at_entry();
    }

    public interface WithMissing extends Library {
        int jit_i32(int v);
        int no_such_function_anywhere(int v);
    }

    public interface LibC extends Library {
        int close(int fd) throws LastErrorException;
        int open(String path, int flags) throws LastErrorException;
        int chdir(String path);
    }

    public static void main(String[] args) {
        // binding makes native calls of its own (mmap, RegisterNatives...): the application's last error stays
        Native.setLastError(4242);
        JitLib j = Native.load("jna_it", JitLib.class);
        Out.p("last error after load", Native.getLastError());
        Native.setLastError(4343);
        Out.p("first call", j.jit_i32(9));
        Native.setLastError(4444);
        Out.p("last error after load and first call", Native.getLastError());
        for (int e : new int[] {0, 1, 2, 13, 22, 133, 4095, 9999, -1, -7}) {
            Out.call("set_errno " + e, () -> j.jit_set_errno(e, 42));
            Out.p("  getLastError", Native.getLastError());
        }
        Out.call("set_errno_d", () -> j.jit_set_errno_d(34, 2.5));
        Out.call("set_errno_d zero", () -> j.jit_set_errno_d(0, -2.5));
        Native.setLastError(77);
        Out.call("errno cleared before a LastErrorException method", j::jit_errno_at_entry);

        Plain p = Native.load("jna_it", Plain.class);
        Out.p("plain returns", p.jit_set_errno(11, 5));
        Out.p("plain getLastError", Native.getLastError());
        Out.p("plain zero", p.jit_set_errno(0, 6) + " " + Native.getLastError());
        keptBefore(p, 54); // runs the call site once: the JVM may write errno the first time (DirectPrimitivesScenario)
        int kept = keptBefore(p, 55);
        Out.p("errno kept before a plain method", kept);

        LibC c = Native.load("c", LibC.class);
        Out.call("close(-1)", () -> c.close(-1));
        Out.call("open missing", () -> c.open("/no/such/file/anywhere", 0));
        Out.p("chdir missing", c.chdir("/no/such/dir") + " errno " + Native.getLastError());

        WithMissing w = Native.load("jna_it", WithMissing.class);
        Out.p("present", w.jit_i32(3));
        Out.call("missing first", () -> w.no_such_function_anywhere(1));
        Out.call("missing again", () -> w.no_such_function_anywhere(2));
        Out.p("present again", w.jit_i32(4));
    }

    private static int keptBefore(Plain p, int value) {
        Native.setLastError(value);
        return p.jit_errno_at_entry();
    }
}
