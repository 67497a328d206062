package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;

/**
 * jnr-ffi issue #181: jnr-ffi's x86_64 stub loads the sixth integer argument from the return address. Prints the
 * sums of 1..6 weighted by powers of ten; the right answers are 654321 twice.
 */
public final class Issue181Scenario {
    public interface Lib {
        long jit_sum6_i64(long a, long b, long c, long d, long e, long f);
        int jit_sum6_i32(int a, int b, int c, int d, int e, int f);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0]).load("jnr_it");
        System.out.println("sum6_i64 " + lib.jit_sum6_i64(1, 2, 3, 4, 5, 6));
        System.out.println("sum6_i32 " + lib.jit_sum6_i32(1, 2, 3, 4, 5, 6));
    }
}
