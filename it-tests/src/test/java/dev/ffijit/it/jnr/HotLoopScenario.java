package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;

/** Calls a few accelerated methods often enough for the JIT to compile ffijit's generated code. */
public final class HotLoopScenario {
    public interface Lib {
        long jit_hash(CharSequence s);
        long jit_sum_i32(int[] a, int n);
        long jit_sum8(int a, int b, int c, int d, int e, int f, int g, int h);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0]).load("jnr_it");
        int[] ints = {1, 2, 3};
        long total = 0;
        for (int i = 0; i < 30_000; i++) {
            total += lib.jit_hash("s" + (i & 7)) + lib.jit_sum_i32(ints, 3) + lib.jit_sum8(i, 1, 2, 3, 4, 5, 6, 7);
        }
        System.out.println("total " + total);
    }
}
