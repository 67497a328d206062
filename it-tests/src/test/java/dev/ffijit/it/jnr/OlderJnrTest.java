package dev.ffijit.it.jnr;

import dev.ffijit.it.harness.Differential;
import dev.ffijit.it.harness.ForkedJvm;
import dev.ffijit.it.harness.NativeLibs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jnr-ffi scenarios on older jnr-ffi releases, each with its own jffi (the build copies them into
 * {@code ffijit.it.olderJnr}/VERSION). Up to 2.2.11 jnr-ffi writes class files of version 50, which cannot hold
 * ffijit's {@code invokedynamic}; before 2.2.2 it passes a direct Buffer without its position on its fast path.
 * 2.0.9 runs with the build's ASM here; with the ASM it declares (5.0.3) ffijit's generator cannot be used.
 * ({@code NumbersScenario} is left out: its boxed-Float method fails jnr-ffi 2.2.11's own verifier, with or without
 * the agent.)
 */
class OlderJnrTest {
    private static final String[] SCENARIO_ARGS = {NativeLibs.dir().toString()};

    private static ForkedJvm.Options on(String version) {
        return ForkedJvm.Options.plain().jnr(Path.of(System.getProperty("ffijit.it.olderJnr"), version));
    }

    private static Differential.Outcome check(Class<?> scenario, String version) {
        return Differential.check(scenario, on(version), Map.of(), SCENARIO_ARGS);
    }

    private static void accelerated(Differential.Outcome o, String owner, String... methods) {
        for (String m : methods) {
            String line = o.reportLine(owner + "." + m + " ");
            assertTrue(line.trim().startsWith("accelerated"), line + "\n" + o.report());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.11", "2.1.16", "2.0.9"})
    void stringsArraysPointersAndErrno(String version) {
        Differential.Outcome strings = check(StringsScenario.class, version);
        accelerated(strings, "StringsScenario$Lib", "jit_strlen", "jit_hash", "jit_mix_strings");
        assertEquals(strings.plain().stderr(), strings.agent().stderr(), strings.agent().describe());
        accelerated(check(ArraysScenario.class, version), "ArraysScenario$Lib", "jit_sum_i8", "jit_scale_f64",
                "jit_fill_i32_out", "jit_sum_boxed");
        accelerated(check(PointersScenario.class, version), "PointersScenario$Lib", "jit_ptr_sum", "jit_point_move",
                "jit_pick");
        accelerated(check(ErrnoScenario.class, version), "ErrnoScenario$Lib", "jit_fail", "jit_succeed");
        accelerated(check(HotLoopScenario.class, version), "HotLoopScenario$Lib", "jit_hash", "jit_sum8");
        check(FallbacksScenario.class, version);
        accelerated(check(ConvertersScenario.class, version), "ConvertersScenario$Lib", "jit_copy_doubled",
                "jit_pick_beside", "jit_point_static_beside");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.11", "2.1.16", "2.0.9"})
    void buffersWhereJnrFfiAddsThePosition(String version) {
        Differential.Outcome o = check(BuffersScenario.class, version);
        String line = o.reportLine("BuffersScenario$Lib.jit_sum_i8 ");
        if (!version.equals("2.2.11")) {
            assertTrue(line.trim().startsWith("fallback") && line.contains("before 2.2.2"), line + "\n" + o.report());
        } else {
            accelerated(o, "BuffersScenario$Lib", "jit_sum_i8", "jit_sum_i32", "jit_scale_f64", "jit_scale_i8_in");
        }
    }

    /** jnr-ffi 2.0.9 with its own ASM 5.0.3, which lacks a constructor ffijit's generator uses: one warning, jnr-ffi's path. */
    @Test
    void anAsmTooOldForTheGeneratorLeavesThatJnrFfiAlone() {
        ForkedJvm.Options old = on("2.0.9").asm(Path.of(System.getProperty("ffijit.it.olderJnr"), "asm-5.0.3"));
        Differential.Outcome o = Differential.check(StringsScenario.class, old, Map.of(), SCENARIO_ARGS);
        List<String> said = o.agent().stderr().lines().filter(l -> l.startsWith("[ffijit]")).toList();
        assertEquals(1, said.size(), o.agent().describe());
        assertTrue(said.get(0).startsWith("[ffijit] WARN cannot accelerate jnr-ffi from ")
                && said.get(0).endsWith("; it runs on its own path: java.lang.NoSuchMethodError: 'void"
                + " org.objectweb.asm.Handle.<init>(int, java.lang.String, java.lang.String, java.lang.String, boolean)'"),
                said.get(0));
        assertTrue(o.report().startsWith("ffijit report: 0 accelerated, 0 on the library's own path"), o.report());
    }
}
