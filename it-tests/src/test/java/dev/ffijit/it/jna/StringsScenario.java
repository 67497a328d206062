package dev.ffijit.it.jna;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;

import java.util.Arrays;
import java.util.Map;

/**
 * String and WString arguments and results under one encoding setup, given as the first argument:
 * {@code default}, {@code jna.encoding=NAME} (set before the library loads), {@code later=NAME} (jna.encoding set
 * after {@code jna_it} loads, before its first call) or {@code option=NAME} (Library.OPTION_STRING_ENCODING).
 */
public final class StringsScenario {
    public interface Zlib extends Library {
        String zlibVersion();
        long crc32(long crc, byte[] buf, int len);
    }

    public interface LibC extends Library {
        long strlen(String s);
        String strerror(int errnum);
        Pointer strchr(String s, int c);
    }

    public static void main(String[] args) {
        String setup = args.length > 0 ? args[0] : "default";
        Map<String, Object> options = Map.of();
        if (setup.startsWith("jna.encoding=")) System.setProperty("jna.encoding", setup.substring("jna.encoding=".length()));
        if (setup.startsWith("option=")) options = Map.of(Library.OPTION_STRING_ENCODING, setup.substring("option=".length()));
        JitLib j = Native.load("jna_it", JitLib.class, options);
        if (setup.startsWith("later=")) System.setProperty("jna.encoding", setup.substring("later=".length()));
        Out.p("setup", setup);

        String[] samples = {"", "a", "hello", "café", "naïve ÀÉÎ", "日本語", "emoji 😀", "tab\tnl\n", "x\u0000y",
                "lone \uD800 surrogate", "ÿ\u0100\u0101", "€uro"};
        for (String s : samples) {
            int[] bytes = new int[64];
            int n = j.jit_bytes(s, bytes, bytes.length);
            Out.p("bytes [" + printable(s) + "]", n + " " + Arrays.toString(Arrays.copyOf(bytes, Math.max(0, Math.min(n, 64)))));
            Out.p("strlen [" + printable(s) + "]", j.jit_strlen(s));
            Out.call("echo [" + printable(s) + "]", () -> printable(j.jit_echo(s)));
        }
        Out.p("null strlen", j.jit_strlen((String) null));
        Out.p("null echo", j.jit_echo((String) null));
        Out.p("strcmp", j.jit_strcmp2("abc", "abd") + " " + j.jit_strcmp2("same", "same") + " " + j.jit_strcmp2(null, "x"));
        Out.p("static latin1", printable(j.jit_static_latin1()));
        Out.p("static utf8", printable(j.jit_static_utf8()));
        Out.p("null result", j.jit_null_string());

        String longAscii = "x".repeat(5000);
        String longMixed = "é".repeat(3000) + "tail";
        Out.p("long ascii", j.jit_strlen(longAscii));
        Out.p("long mixed", j.jit_strlen(longMixed));
        Out.p("long echo equal", longMixed.equals(j.jit_echo(longMixed)));
        long total = 0;
        for (int i = 0; i < 3000; i++) total += j.jit_strlen("iteration " + i + " é"); // wraps the ring many times
        Out.p("many strings", total);

        // strtok keeps a pointer into its first argument across calls
        Pointer tok = j.jit_strtok("alpha,beta,,gamma", ",");
        StringBuilder toks = new StringBuilder();
        while (tok != null) {
            toks.append('[').append(tok.getString(0)).append(']');
            tok = j.jit_strtok((Pointer) null, ",");
        }
        Out.p("strtok", toks);

        for (String s : new String[] {"", "wide", "ünï", "😀x", "\uFFFF"}) {
            WString w = new WString(s);
            Out.p("wcslen [" + printable(s) + "]", j.jit_wcslen(w));
            StringBuilder units = new StringBuilder();
            for (int i = 0; i <= s.length(); i++) units.append(Long.toHexString(j.jit_wchar_at(w, i))).append(' ');
            Out.p("wchar units", units);
            Out.p("wecho", printable(String.valueOf(j.jit_wecho(w))));
        }
        Out.p("wide null", j.jit_wcslen(null) + " " + j.jit_wecho(null));
        Out.p("wide long", j.jit_wcslen(new WString("w".repeat(2000))));

        LibC c = Native.load("c", LibC.class, options);
        Out.p("libc strlen", c.strlen("ça va"));
        Out.p("strerror", c.strerror(2));
        Pointer at = c.strchr("find the x here", 'x');
        Out.p("strchr", at == null ? null : at.getString(0));
        Zlib z = Native.load("z", Zlib.class, options);
        Out.p("zlib version non-empty", !z.zlibVersion().isEmpty());
        byte[] data = "The quick brown fox".getBytes();
        Out.p("crc32", Long.toHexString(z.crc32(0, data, data.length)));
        Memory m = new Memory(8);
        m.setString(0, "mem");
        Out.p("pointer as string arg", j.jit_strlen(m.getString(0)));
    }

    static String printable(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch >= 0x20 && ch < 0x7F) sb.append(ch);
            else sb.append(String.format("\\u%04x", (int) ch));
        }
        return sb.toString();
    }
}
