package dev.ffijit.it.jnr;

import dev.ffijit.it.harness.Differential;
import dev.ffijit.it.harness.ForkedJvm;
import dev.ffijit.it.harness.NativeLibs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jnr-ffi scenarios, each run without and with the agent: same stdout, same exit code, and the report says which
 * methods ffijit took over. The same assertions hold on x86_64 and AArch64: jnr-ffi's own stub rules are the
 * same on both.
 */
class JnrScenariosTest {
    private static String libs() {
        return NativeLibs.dir().toString();
    }

    private static void assertAccelerated(Differential.Outcome o, String owner, String... methods) {
        for (String m : methods) {
            String line = o.reportLine(owner + "." + m + " ");
            assertTrue(line.trim().startsWith("accelerated"), line + "\n" + o.report());
        }
    }

    private static void assertJnrPath(Differential.Outcome o, String owner, String method, String reason) {
        String line = o.reportLine(owner + "." + method + " ");
        assertTrue(line.trim().startsWith("fallback") && line.contains(reason), line + "\n" + o.report());
    }

    @Test
    void strings() {
        Differential.Outcome o = Differential.check(StringsScenario.class, libs());
        assertAccelerated(o, "StringsScenario$Lib", "jit_strlen", "jit_hash", "jit_trailing_nuls", "jit_is_null",
                "jit_mix_strings", "jit_pick", "jit_fill_text", "jit_fill_text_out",
                "jit_hash_latin1", "jit_hash_ascii", "jit_hash_utf16", "jit_hash_in_builder");
        assertAccelerated(o, "StringsScenario$PickUtf16Lib", "jit_pick_utf16");
        assertJnrPath(o, "StringsScenario$Lib", "jit_greeting", "its own machine-code stub");
        assertEquals(o.plain().stderr(), o.agent().stderr(), "the agent adds nothing to stderr\n" + o.agent().describe());
    }

    @Test
    void arrays() {
        Differential.Outcome o = Differential.check(ArraysScenario.class, libs());
        assertAccelerated(o, "ArraysScenario$Lib", "jit_sum_i8", "jit_sum_i16", "jit_sum_u16", "jit_sum_i32",
                "jit_sum_i64", "jit_sum_f32", "jit_sum_f64", "jit_byte_at", "jit_byte_at_in", "jit_scale_i8",
                "jit_scale_i16", "jit_scale_u16", "jit_scale_i32", "jit_scale_i64", "jit_scale_f32", "jit_scale_f64",
                "jit_scale_i32_in", "jit_fill_i32_out", "jit_fill_u8", "jit_double_into", "jit_double_into_inout",
                "jit_scale_boxed", "jit_sum_boxed");
    }

    @Test
    void buffers() {
        Differential.Outcome o = Differential.check(BuffersScenario.class, libs());
        assertAccelerated(o, "BuffersScenario$Lib", "jit_sum_i8", "jit_sum_i16", "jit_sum_u16", "jit_sum_i32",
                "jit_sum_i64", "jit_sum_f32", "jit_sum_f64", "jit_sum_any", "jit_scale_i8", "jit_scale_i32",
                "jit_scale_f64", "jit_scale_i8_in");
    }

    @Test
    void pointersAndStructs() {
        Differential.Outcome o = Differential.check(PointersScenario.class, libs());
        assertAccelerated(o, "PointersScenario$Lib", "jit_ptr_sum", "jit_ptr_fill", "jit_ptr_fill_in",
                "jit_ptr_fill_out", "jit_point_move", "jit_point_move_in", "jit_point_move_transient",
                "jit_point_move_direct", "jit_point_hash", "jit_point_set", "jit_point_static", "jit_pick",
                "jit_parse_int", "jit_parse_int_in");
    }

    /** Application converters and a Struct constructor that throw undeclared checked exceptions: nothing wraps them. */
    @Test
    void applicationCodeThatThrows() {
        Differential.Outcome o = Differential.check(ConvertersScenario.class, libs());
        assertAccelerated(o, "ConvertersScenario$Lib", "jit_copy_doubled", "jit_pick", "jit_point_static",
                "jit_pick_beside", "jit_point_static_beside");
    }

    @Test
    void errno() {
        Differential.Outcome o = Differential.check(ErrnoScenario.class, libs());
        assertAccelerated(o, "ErrnoScenario$Lib", "jit_fail", "jit_fail_ignored", "jit_succeed");
        assertAccelerated(o, "ErrnoScenario$QuietLib", "jit_fail", "jit_fail_saved");
        assertTrue(o.reportLine("ErrnoScenario$Lib.jit_fail ").contains("errno saved"));
        assertFalse(o.reportLine("ErrnoScenario$Lib.jit_fail_ignored ").contains("errno saved"));
        assertFalse(o.reportLine("ErrnoScenario$QuietLib.jit_fail ").contains("errno saved"));
        assertTrue(o.reportLine("ErrnoScenario$QuietLib.jit_fail_saved ").contains("errno saved"));
    }

    @Test
    void numbers() {
        Differential.Outcome o = Differential.check(NumbersScenario.class, libs());
        assertAccelerated(o, "NumbersScenario$Lib", "jit_sum8", "jit_widths", "jit_widths_wide", "jit_widths_bool",
                "jit_mix12", "jit_long_sum7", "jit_long_sum7_native", "jit_long_len", "jit_ret_i32",
                "jit_ret_i32_bool", "jit_ret_i32_byte", "jit_ret_i32_long", "jit_ret_u32", "jit_ret_u32_int",
                "jit_ret_u8", "jit_ret_u8_bool", "jit_ret_i8", "jit_ret_u16", "jit_ret_u16_short", "jit_ret_i64",
                "jit_ret_i64_int", "jit_ret_f32", "jit_ret_f64", "jit_ret_i32_bool_arg", "jit_address");
        assertJnrPath(o, "NumbersScenario$Lib", "jit_boxed", "boxed primitive");
    }

    @Test
    void whatStaysOnJnrPath() {
        Differential.Outcome o = Differential.check(FallbacksScenario.class,
                Map.of("ffijit.exclude", "jnr_it:*.jit_strlen"), libs());
        String lib = "FallbacksScenario$Lib";
        assertJnrPath(o, lib, "jit_enum_code", "enum");
        assertJnrPath(o, lib, "jit_pinned_sum", "@Pinned");
        assertJnrPath(o, lib, "jit_apply", "@Delegate");
        assertJnrPath(o, lib, "jit_bools", "boolean[]");
        assertJnrPath(o, lib, "jit_sum3", "its own machine-code stub");
        assertJnrPath(o, lib, "jit_byte_at", "its own machine-code stub");
        assertJnrPath(o, lib, "jit_strlen", "excluded");
    }

    @Test
    void replacingJnrStubsKeepsBehaviour() {
        Map<String, String> replace = Map.of("ffijit.jnr.replaceStubs", "true");
        Differential.Outcome o = Differential.check(FallbacksScenario.class, replace, libs());
        assertAccelerated(o, "FallbacksScenario$Lib", "jit_sum3", "jit_byte_at", "jit_strlen");
        assertTrue(o.reportLine("FallbacksScenario$Lib.jit_sum3 ").contains("replacing jnr-ffi's own stub"));
        Differential.Outcome strings = Differential.check(StringsScenario.class, replace, libs());
        assertAccelerated(strings, "StringsScenario$Lib", "jit_greeting", "jit_greeting_utf16");
    }

    @Test
    void switchedOff() {
        Differential.Outcome o = Differential.check(StringsScenario.class, Map.of("ffijit.jnr.enabled", "false"), libs());
        assertFalse(o.report().contains("StringsScenario"), o.report());
    }

    /** The JIT must be able to compile generated code: a method it skips runs interpreted, many times slower. */
    @Test
    void generatedCodeIsCompiled() {
        ForkedJvm.Result r = ForkedJvm.run(HotLoopScenario.class, ForkedJvm.Options.withAgent(Map.of())
                .jvmArgs("-XX:+PrintCompilation"), libs());
        assertEquals(0, r.exitCode(), r.describe());
        List<String> generated = r.stdout().lines().filter(l -> l.contains("JnrCalls")).toList();
        assertTrue(generated.stream().anyMatch(l -> l.contains("::call$")), r.stdout());
        assertTrue(generated.stream().noneMatch(l -> l.contains("COMPILE SKIPPED")), String.join("\n", generated));
    }

    /** Not differential: without the agent jnr-ffi is wrong on x86_64 (its own stub); with replaceStubs it is right. */
    @Test
    void replaceStubsFixesJnrIssue181() {
        ForkedJvm.Result plain = ForkedJvm.run(Issue181Scenario.class, ForkedJvm.Options.plain(), libs());
        ForkedJvm.Result fixed = ForkedJvm.run(Issue181Scenario.class,
                ForkedJvm.Options.withAgent(Map.of("ffijit.jnr.replaceStubs", "true")), libs());
        assertEquals(0, fixed.exitCode(), fixed.describe());
        assertEquals("sum6_i64 654321\nsum6_i32 654321\n", fixed.stdout(), fixed.describe());
        if (System.getProperty("os.arch").equals("amd64")) {
            assertNotEquals("sum6_i64 654321", plain.stdout().lines().findFirst().orElse(""), plain.describe());
        }
    }
}
