package dev.ffijit.it.jna;

import com.sun.jna.Native;
import com.sun.tools.attach.VirtualMachine;

/**
 * Calls JNA, then (with {@code attach <agent jar> <agent args>}) loads the agent into itself, then calls again:
 * proxies that existed before the attach have no slots, so their calls run through the handler hook.
 */
public final class LateAttachScenario {
    public static void main(String[] args) throws Exception {
        JitLib j = Native.load("jna_it", JitLib.class);
        Out.p("before", j.jit_i64(-1) + " " + j.jit_strlen("before"));
        if (args.length > 0 && args[0].equals("attach")) {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(ProcessHandle.current().pid()));
            try {
                vm.loadAgent(args[1], args.length > 2 ? args[2] : "");
            } finally {
                vm.detach();
            }
        }
        Out.p("after", j.jit_i64(-2) + " " + j.jit_strlen("after") + " " + j.jit_wchar((char) 0xFFFF));
        JitLib.Simple s = new JitLib.Simple();
        s.i = 3;
        Out.p("struct", j.jit_simple_sum(s) + " " + s);
        Out.call("errno", () -> j.jit_set_errno(2, 1));
        JitLib sync = (JitLib) Native.synchronizedLibrary(j);
        Out.p("sync", sync.jit_i64(5));
        IdentityScenario.Derived fresh = Native.load("jna_it", IdentityScenario.Derived.class);
        Out.p("interface loaded after the attach", fresh.jit_i64(6) + " " + fresh.twice(7));
        long sum = 0;
        for (int i = 0; i < 10000; i++) sum += j.jit_i64(i) + fresh.jit_i32(i);
        Out.p("loop", sum);
    }
}
