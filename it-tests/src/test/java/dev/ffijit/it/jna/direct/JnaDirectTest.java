package dev.ffijit.it.jna.direct;

import dev.ffijit.it.harness.Differential;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JNA direct mapping ({@code Native.register}): each scenario runs with and without the agent and must print the
 * same bytes; the agent run's report must show the expected methods accelerated, the others on JNA's path for the
 * right reason.
 */
class JnaDirectTest {

    @Test
    void primitives() {
        Differential.Outcome o = Differential.check(DirectPrimitivesScenario.class);
        accelerated(o, "jna_it:DirectPrimitives.jit_i8", "jna_it:DirectPrimitives.jit_i16", "jna_it:DirectPrimitives.jit_i32",
                "jna_it:DirectPrimitives.jit_i64", "jna_it:DirectPrimitives.jit_wchar", "jna_it:DirectPrimitives.jit_bool",
                "jna_it:DirectPrimitives.jit_f32", "jna_it:DirectPrimitives.jit_f64", "jna_it:DirectPrimitives.jit_mix",
                "jna_it:DirectPrimitives.jit_many", "jna_it:DirectPrimitives.jit_ret_i32", "jna_it:DirectPrimitives.jit_ret_i64",
                "jna_it:DirectPrimitives.jit_ret_f32", "jna_it:DirectPrimitives.jit_ret_f64", "jna_it:DirectPrimitives.jit_void",
                "jna_it:DirectPrimitives.jit_set_errno", "jna_it:ByLibrary.jit_i64", "jna_it:ByLibrary.jit_ret_i32");
    }

    @Test
    void objects() {
        Differential.Outcome o = Differential.check(DirectObjectsScenario.class);
        String c = "jna_it:DirectObjects.";
        for (String m : new String[] {"jit_strlen", "jit_strcmp2", "jit_echo", "jit_null_string", "jit_static_latin1",
                "jit_wcslen", "jit_wecho", "jit_wchar_at", "jit_bytes", "jit_addr", "jit_offset", "jit_null_pointer",
                "jit_set_i32", "jit_get_i32", "jit_handle", "jit_long", "jit_u64", "jit_u32", "jit_widened",
                "jit_bytes_sum_inc", "jit_shorts_sum_inc", "jit_chars_sum_inc", "jit_ints_sum_inc", "jit_longs_sum_inc",
                "jit_floats_sum_inc", "jit_doubles_sum_inc", "jit_copy_ints", "jit_simple_sum", "jit_point_move",
                "jit_point_static", "jit_point_null", "jit_bool", "jit_ret_i32", "jit_set_errno", "jit_set_errno_d",
                "jit_set_errno_fill", "jit_set_errno_struct", "jit_errno_at_entry"}) {
            accelerated(o, c + m);
        }
        accelerated(o, "jna_it:Instance.jit_strlen", "jna_it:Instance.jit_i64", "jna_it:Instance.jit_set_errno");
        fallback(o, c + "jit_call", "Callback argument");
        fallback(o, c + "jit_bools", "boolean[] argument");
        fallback(o, c + "jit_point_byval", "Structure.ByValue argument");
        fallback(o, c + "jit_i64", "NativeMapped argument Level");
        assertTrue(o.reportLine(c + "jit_strlen ").contains("calls=20008 "), o.report());
    }

    @Test
    void threads() {
        Differential.Outcome o = Differential.check(DirectThreadsScenario.class, "3000");
        assertTrue(o.agent().stdout().contains("failures = 0"), o.agent().stdout());
        String c = "c:LibcDirect.";
        for (String m : new String[] {"abs", "labs", "llabs", "getpid", "getppid", "getuid", "strlen", "strnlen", "strcmp",
                "strncmp", "strcasecmp", "strchr", "strrchr", "strerror", "atoi", "atol", "strtol", "atof", "strtod",
                "toupper", "tolower", "isalpha", "isdigit", "isspace", "memset", "memcpy", "memcmp", "memchr", "malloc",
                "calloc", "free", "gettimeofday", "close", "chdir", "access", "rand_r", "snprintf", "time"}) {
            accelerated(o, c + m);
        }
    }

    @Test
    void configuration() {
        Differential.Outcome some = Differential.check(DirectObjectsScenario.class,
                Map.of("ffijit.include", "jna_it:*", "ffijit.exclude", "*.jit_strlen,*.jit_bool"));
        fallback(some, "jna_it:DirectObjects.jit_strlen", "excluded");
        fallback(some, "jna_it:DirectObjects.jit_bool", "excluded");
        accelerated(some, "jna_it:DirectObjects.jit_echo", "jna_it:DirectObjects.jit_set_errno");
        Differential.Outcome off = Differential.check(DirectObjectsScenario.class, Map.of("ffijit.jna.direct.enabled", "false"));
        fallback(off, "jna_it:DirectObjects.jit_bool", "ffijit.jna.direct.enabled=false");
        fallback(off, "jna_it:DirectObjects.jit_strlen", "ffijit.jna.direct.enabled=false");
        Differential.Outcome jnaOff = Differential.check(DirectPrimitivesScenario.class, Map.of("ffijit.jna.enabled", "false"));
        assertTrue(jnaOff.report().lines().noneMatch(l -> l.contains("jna_it:")), jnaOff.report());
    }

    @Test
    void severalClassLoaders() {
        Differential.Outcome o = Differential.check(DirectLoadersScenario.class);
        List<String> strlen = lines(o, "jna_it:DirectObjects.jit_strlen");
        assertTrue(strlen.size() == 3, o.report());
        accelerated(o, "jna_it:DirectObjects.jit_strlen", "jna_it:DirectObjects.jit_point_move", "jna_it:DirectPrimitives.jit_i64");
    }

    @Test
    void libraryOptionsAndFallbacks() {
        Differential.Outcome o = Differential.check(DirectFallbacksScenario.class);
        fallback(o, "jna_it:Switched.jit_strlen", "TypeMapper converter for argument String");
        assertTrue(o.agent().stdout().contains("switched strlen after = 5"), o.agent().stdout());
        fallback(o, "jna_it:Mapped.jit_bool", "TypeMapper converter for argument boolean");
        fallback(o, "jna_it:Mapped.jit_ret_i32", "TypeMapper converter for result boolean");
        accelerated(o, "jna_it:Mapped.jit_i64", "jna_it:Mapped.jit_strlen");
        fallback(o, "jna_it:BadEncoding.jit_strlen", "JNA throws UnsupportedEncodingException");
        fallback(o, "jna_it:BadEncoding.jit_static_latin1", "unknown to the JVM");
        accelerated(o, "jna_it:BadEncoding.jit_i64", "jna_it:Renamed.i64", "jna_it:Renamed.strlen", "jna_it:Objects.jit_i64");
        assertTrue(o.report().lines().anyMatch(l -> l.contains("Objects.jit_addr ") && l.contains("JNIEnv argument")), o.report());
        assertTrue(o.report().lines().anyMatch(l -> l.contains("Objects.jit_addr ") && l.contains("allow-objects")), o.report());
    }

    static void accelerated(Differential.Outcome o, String... names) {
        for (String n : names) {
            for (String l : lines(o, n)) {
                assertTrue(l.trim().startsWith("accelerated"), "expected accelerated: " + l + "\n" + o.report());
            }
        }
    }

    static void fallback(Differential.Outcome o, String name, String reason) {
        for (String l : lines(o, name)) {
            assertTrue(l.trim().startsWith("fallback") && l.contains(reason), "expected fallback (" + reason + "): " + l
                    + "\n" + o.report());
        }
    }

    /** Every report line of a method (overloads share a name); at least one. */
    static List<String> lines(Differential.Outcome o, String name) {
        List<String> lines = o.report().lines().filter(l -> l.contains(" " + name + " ")).toList();
        assertTrue(!lines.isEmpty(), "no report line for " + name + " in\n" + o.report());
        return lines;
    }
}
