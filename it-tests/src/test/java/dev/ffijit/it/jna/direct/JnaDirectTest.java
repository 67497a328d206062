package dev.ffijit.it.jna.direct;

import dev.ffijit.it.harness.Differential;
import org.junit.jupiter.api.Test;

import java.util.List;

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
