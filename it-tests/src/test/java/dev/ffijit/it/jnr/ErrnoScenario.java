package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.IgnoreError;
import jnr.ffi.annotations.SaveError;

/** errno into jffi's slot: saved by default, not under @IgnoreError or the IgnoreError option, always under @SaveError, per thread. */
public final class ErrnoScenario {
    public interface Lib {
        int jit_fail(String why, int e);
        @IgnoreError int jit_fail_ignored(String why, int e);
        int jit_succeed(String why);
    }

    public interface QuietLib {
        int jit_fail(String why, int e);
        @SaveError int jit_fail_saved(String why, int e);
    }

    public static void main(String[] args) throws InterruptedException {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0]).map("jit_fail_ignored", "jit_fail").load("jnr_it");
        QuietLib quiet = LibraryLoader.create(QuietLib.class).search(args[0]).map("jit_fail_saved", "jit_fail")
                .option(LibraryOption.IgnoreError, true).load("jnr_it");
        Runtime rt = Runtime.getRuntime(lib);

        rt.setLastError(0);
        System.out.println("fail -> " + lib.jit_fail("x", 7) + " lastError " + rt.getLastError());
        System.out.println("ignored fail -> " + lib.jit_fail_ignored("x", 9) + " lastError " + rt.getLastError());
        rt.setLastError(0);
        System.out.println("success -> " + lib.jit_succeed("x") + " lastError " + rt.getLastError());
        System.out.println("fail again -> " + lib.jit_fail("x", 34) + " lastError " + rt.getLastError());
        rt.setLastError(5);
        System.out.println("library IgnoreError -> " + quiet.jit_fail("x", 11) + " lastError " + rt.getLastError());
        System.out.println("@SaveError under IgnoreError -> " + quiet.jit_fail_saved("x", 12) + " lastError " + rt.getLastError());

        int[] other = new int[1];
        Thread t = new Thread(() -> {
            lib.jit_fail("thread", 21);
            other[0] = rt.getLastError();
        });
        t.start();
        t.join();
        System.out.println("other thread saw " + other[0] + ", this thread still " + rt.getLastError());
    }
}
