package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.Delegate;
import jnr.ffi.annotations.Pinned;

import java.util.Arrays;

/**
 * What stays on jnr-ffi's own path, and still behaves the same with the agent: enums, @Pinned arrays,
 * callbacks, boolean[], and what jnr-ffi compiles its own stubs for (primitives and a few pointers).
 */
public final class FallbacksScenario {
    public enum Colour { RED, GREEN, BLUE }

    public interface Callback {
        @Delegate int apply(int v);
    }

    public interface Lib {
        int jit_enum_code(Colour c, String s);
        long jit_pinned_sum(@Pinned int[] a, int n, String s);
        int jit_apply(Callback f, int v, String s);
        int jit_bools(boolean[] b, int n, String s);
        long jit_sum3(long a, int b, short c);
        int jit_byte_at(Pointer p, int i);
        long jit_strlen(String s);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0]).load("jnr_it");
        System.out.println("enum " + lib.jit_enum_code(Colour.BLUE, ""));
        int[] pinned = {1, 2, 3};
        System.out.println("pinned " + lib.jit_pinned_sum(pinned, 3, "") + " " + Arrays.toString(pinned));
        System.out.println("callback " + lib.jit_apply(v -> v * 3, 14, ""));
        System.out.println("booleans " + lib.jit_bools(new boolean[] {true, false, true, true}, 4, ""));
        System.out.println("primitive sum " + lib.jit_sum3(1L << 40, -2, (short) 3));
        Pointer p = jnr.ffi.Memory.allocateDirect(jnr.ffi.Runtime.getRuntime(lib), 4);
        p.putByte(2, (byte) 77);
        System.out.println("pointer " + lib.jit_byte_at(p, 2));
        System.out.println("excluded strlen " + lib.jit_strlen("four"));
    }
}
