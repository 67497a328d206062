package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.Encoding;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.types.size_t;

/** Strings in and out: encodings, terminators, NULL, StringBuilder write-back. Argument: the library directory. */
public final class StringsScenario {
    public interface Lib {
        @size_t long jit_strlen(String s);
        long jit_hash(CharSequence s);
        int jit_trailing_nuls(String s);
        int jit_is_null(String s);
        long jit_mix_strings(String a, String b, long c, int d, String e);
        String jit_greeting(int which);
        String jit_pick(String unused, int which);
        void jit_fill_text(StringBuilder buf, int n);
        @Encoding("UTF-16LE") String jit_greeting_utf16(int which);
        long jit_hash_latin1(@Encoding("ISO-8859-1") String s);
        long jit_hash_ascii(@Encoding("US-ASCII") String s);
        long jit_hash_utf16(@Encoding("UTF-16LE") String s);
        void jit_fill_text_out(@Out StringBuilder buf, int n);
        long jit_hash_in_builder(@In StringBuilder s);
    }

    /**
     * Apart because jnr-ffi caches a String parameter's converter under the parameter's own annotations, while the
     * converter also takes a method-level {@code @Encoding}: in one interface with {@code jit_strlen(String)},
     * whichever method jnr-ffi generates first (an order the JVM does not fix) would decide both charsets.
     */
    public interface PickUtf16Lib {
        @Encoding("UTF-16LE") String jit_pick_utf16(String unused, int which);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0])
                .map("jit_greeting_utf16", "jit_greeting")
                .map("jit_hash_latin1", "jit_hash").map("jit_hash_ascii", "jit_hash").map("jit_hash_utf16", "jit_hash")
                .map("jit_fill_text_out", "jit_fill_text").map("jit_hash_in_builder", "jit_hash")
                .load("jnr_it");
        PickUtf16Lib utf16 = LibraryLoader.create(PickUtf16Lib.class).search(args[0])
                .map("jit_pick_utf16", "jit_pick").load("jnr_it");
        String[] samples = {"", "a", "hello", "h\u00e9llo w\u00f6rld", "\u20ac 5", "\ud83d\ude00 emoji",
                "lone \ud800 high", "lone \udc00 low", "end \ud800", "x".repeat(5000), "y".repeat(40000)};
        for (String s : samples) {
            String shown = s.length() > 40 ? s.charAt(0) + "*" + s.length() : s;
            System.out.println("[" + shown + "] strlen=" + lib.jit_strlen(s) + " hash=" + lib.jit_hash(s)
                    + " nuls=" + lib.jit_trailing_nuls(s) + " latin1=" + lib.jit_hash_latin1(s)
                    + " ascii=" + lib.jit_hash_ascii(s) + " utf16=" + lib.jit_hash_utf16(s));
        }
        System.out.println("builder as CharSequence hash=" + lib.jit_hash(new StringBuilder("hello")));
        System.out.println("null is NULL: " + lib.jit_is_null(null));
        System.out.println("mix=" + lib.jit_mix_strings("a", "b\u00e9", 1L << 40, -7, "eee"));
        System.out.println("mix nulls=" + lib.jit_mix_strings("", null, -1, 0, null));
        for (int i = -1; i <= 4; i++) System.out.println("greeting " + i + " = " + lib.jit_greeting(i));
        for (int i = -1; i <= 4; i++) System.out.println("pick " + i + " = " + lib.jit_pick("x", i));
        for (int i = 0; i <= 3; i++) System.out.println("utf16 greeting " + i + " length " + lengthOrNull(lib.jit_greeting_utf16(i)));
        for (int i = 0; i <= 3; i++) System.out.println("utf16 pick " + i + " length " + lengthOrNull(utf16.jit_pick_utf16("x", i)));
        StringBuilder sb = new StringBuilder("previous");
        lib.jit_fill_text(sb, 16);
        System.out.println("builder=" + sb);
        StringBuilder out = new StringBuilder(4);
        lib.jit_fill_text_out(out, 8);
        System.out.println("out builder=" + out);
        System.out.println("in builder hash=" + lib.jit_hash_in_builder(new StringBuilder("hello")));
        System.out.println("threads=" + concurrently(lib));
    }

    /** Four threads hashing different strings at once: each thread has its own scratch memory. */
    private static long concurrently(Lib lib) {
        long[] totals = new long[4];
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) totals[id] += lib.jit_hash("thread " + id + " call " + i + "x".repeat(i % 50));
            });
            threads[t].start();
        }
        long sum = 0;
        for (int t = 0; t < threads.length; t++) {
            try {
                threads[t].join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            sum = sum * 31 + totals[t];
        }
        return sum;
    }

    private static String lengthOrNull(String s) {
        return s == null ? "null" : Integer.toString(s.length());
    }
}
