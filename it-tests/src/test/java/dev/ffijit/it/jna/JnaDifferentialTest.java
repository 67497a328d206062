package dev.ffijit.it.jna;

import dev.ffijit.it.harness.Differential;
import dev.ffijit.it.harness.ForkedJvm;
import dev.ffijit.it.harness.NativeLibs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each scenario runs with and without the agent and must print the same bytes; the agent run's report must show
 * the methods ffijit is expected to accelerate as accelerated, and the others on JNA's path for the right reason.
 */
class JnaDifferentialTest {

    @Test
    void primitives() {
        Differential.Outcome o = Differential.check(PrimitivesScenario.class);
        accelerated(o, "jna_it:JitLib.jit_i8", "jna_it:JitLib.jit_i16", "jna_it:JitLib.jit_i32", "jna_it:JitLib.jit_i64",
                "jna_it:JitLib.jit_wchar", "jna_it:JitLib.jit_bool", "jna_it:JitLib.jit_f32", "jna_it:JitLib.jit_f64",
                "jna_it:JitLib.jit_mix", "jna_it:JitLib.jit_many", "jna_it:JitLib.jit_ret_i32", "jna_it:JitLib.jit_ret_i64",
                "jna_it:JitLib.jit_ret_f32", "jna_it:JitLib.jit_ret_f64", "jna_it:JitLib.jit_void",
                "c:LibC.labs", "c:LibC.abs", "c:LibC.getpid", "c:LibC.strlen",
                "m:LibM.cos", "m:LibM.pow", "m:LibM.sqrtf", "m:LibM.fma");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "jna.encoding=UTF-8", "jna.encoding=ISO-8859-1", "jna.encoding=windows-1252",
            "jna.encoding=Shift_JIS", "jna.encoding=UTF-16LE", "option=ISO-8859-1", "option=UTF-8", "later=ISO-8859-1", "jna.encoding=no-such-charset"})
    void strings(String setup) {
        Differential.Outcome o = Differential.check(StringsScenario.class, setup);
        if (setup.endsWith("no-such-charset")) {
            fallback(o, "jna_it:JitLib.jit_strlen", "unknown to the JVM");
            accelerated(o, "jna_it:JitLib.jit_wcslen", "jna_it:JitLib.jit_i64");
            return;
        }
        accelerated(o, "jna_it:JitLib.jit_bytes", "jna_it:JitLib.jit_strlen", "jna_it:JitLib.jit_strcmp2",
                "jna_it:JitLib.jit_echo", "jna_it:JitLib.jit_static_latin1", "jna_it:JitLib.jit_null_string",
                "jna_it:JitLib.jit_wcslen", "jna_it:JitLib.jit_wchar_at", "jna_it:JitLib.jit_wecho", "jna_it:JitLib.jit_strtok",
                "c:LibC.strlen", "c:LibC.strerror", "c:LibC.strchr", "z:Zlib.zlibVersion", "z:Zlib.crc32");
    }

    @Test
    void pointersAndIntegerTypes() {
        Differential.Outcome o = Differential.check(PointersScenario.class);
        accelerated(o, "jna_it:JitLib.jit_addr", "jna_it:JitLib.jit_offset", "jna_it:JitLib.jit_null_pointer",
                "jna_it:JitLib.jit_set_i8", "jna_it:JitLib.jit_set_i16", "jna_it:JitLib.jit_set_i32",
                "jna_it:JitLib.jit_set_i64", "jna_it:JitLib.jit_set_f32", "jna_it:JitLib.jit_set_f64",
                "jna_it:JitLib.jit_set_long", "jna_it:JitLib.jit_set_ptr", "jna_it:JitLib.jit_get_i32",
                "jna_it:JitLib.jit_handle", "jna_it:JitLib.jit_long", "jna_it:JitLib.jit_u64", "jna_it:JitLib.jit_u32",
                "jna_it:JitLib.jit_u16", "jna_it:JitLib.jit_widened", "jna_it:FlakyLib.jit_u32", "jna_it:FlakyLib.jit_set_i32",
                "jna_it:FlakyDeclares.jit_u32");
    }

    @Test
    void arraysAndBuffers() {
        Differential.Outcome o = Differential.check(ArraysScenario.class);
        accelerated(o, "jna_it:JitLib.jit_bytes_sum_inc", "jna_it:JitLib.jit_shorts_sum_inc", "jna_it:JitLib.jit_chars_sum_inc",
                "jna_it:JitLib.jit_ints_sum_inc", "jna_it:JitLib.jit_longs_sum_inc", "jna_it:JitLib.jit_floats_sum_inc",
                "jna_it:JitLib.jit_doubles_sum_inc", "jna_it:JitLib.jit_copy_ints", "jna_it:JitLib.jit_set_errno_fill");
    }

    @Test
    void structures() {
        Differential.Outcome o = Differential.check(StructuresScenario.class);
        accelerated(o, "jna_it:JitLib.jit_simple_sum", "jna_it:JitLib.jit_nested_touch", "jna_it:JitLib.jit_point_static",
                "jna_it:JitLib.jit_point_null", "jna_it:JitLib.jit_point_move", "jna_it:JitLib.jit_time_fill",
                "jna_it:JitLib.jit_ntime_bump",
                "jna_it:JitLib.jit_set_errno_struct", "c:LibC.gettimeofday");
        fallback(o, "jna_it:JitLib.jit_points_sum", "Point[] argument");
    }

    @Test
    void errors() {
        Differential.Outcome o = Differential.check(ErrorsScenario.class);
        accelerated(o, "jna_it:JitLib.jit_set_errno", "jna_it:JitLib.jit_set_errno_d", "jna_it:JitLib.jit_errno_at_entry",
                "jna_it:Plain.jit_set_errno", "jna_it:Plain.jit_errno_at_entry", "c:LibC.close", "c:LibC.open",
                "c:LibC.chdir", "jna_it:WithMissing.jit_i32");
        fallback(o, "jna_it:WithMissing.no_such_function_anywhere", "symbol not found");
    }

    @Test
    void identity() {
        Differential.Outcome o = Differential.check(IdentityScenario.class);
        accelerated(o, "jna_it:Derived.jit_i64", "jna_it:Derived.jit_i32", "jna_it:Hidden.jit_i64");
    }

    @Test
    void threads() {
        Differential.Outcome o = Differential.check(ThreadsScenario.class, "20000");
        assertTrue(o.agent().stdout().contains("failures = 0"), o.agent().stdout());
        accelerated(o, "jna_it:JitLib.jit_set_errno", "jna_it:Plain.jit_set_errno", "jna_it:JitLib.jit_strlen",
                "jna_it:JitLib.jit_ints_sum_inc", "jna_it:JitLib.jit_simple_sum");
    }

    @Test
    void fallbacks() {
        Differential.Outcome o = Differential.check(FallbacksScenario.class);
        fallback(o, "jna_it:Odd.jit_call", "Callback argument");
        fallback(o, "jna_it:Odd.jit_sum_var", "varargs");
        fallback(o, "jna_it:Odd.snprintf", "varargs");
        fallback(o, "jna_it:Odd.jit_point_byval", "Structure.ByValue argument");
        fallback(o, "jna_it:Odd.jit_point_make", "Structure.ByValue result");
        fallback(o, "jna_it:Odd.jit_strings_count", "String[] argument");
        fallback(o, "jna_it:Odd.jit_bools", "boolean[] argument");
        fallback(o, "jna_it:Odd.jit_points_sum", "Point[] argument");
        fallback(o, "jna_it:Odd.jit_i64", "java.lang.Object");
        accelerated(o, "jna_it:Odd.jit_i32");
        fallback(o, "jna_it:Mapped.jit_i64", "TypeMapper");
        fallback(o, "jna_it:Mapped.jit_i32", "TypeMapper");
        fallback(o, "jna_it:Renamed.i64", "FunctionMapper");
        fallback(o, "jna_it:Intercepted.jit_i64", "InvocationMapper");
        fallback(o, "jna_it:JitLib.jit_i64", "allow-objects");
    }

    @Test
    void jnaInAChildClassLoader() {
        Differential.Outcome o = Differential.check(ChildLoaderScenario.class, StructuresScenario.class.getName());
        accelerated(o, "jna_it:JitLib.jit_simple_sum", "jna_it:JitLib.jit_point_move", "c:LibC.gettimeofday");
    }

    @Test
    void lateAttach() throws Exception {
        ForkedJvm.Result plain = ForkedJvm.run(LateAttachScenario.class, ForkedJvm.Options.plain());
        assertEquals(0, plain.exitCode(), plain.describe());
        Path report = Files.createTempFile(NativeLibs.workDir(), "late", ".txt");
        ForkedJvm.Result late = ForkedJvm.run(LateAttachScenario.class,
                ForkedJvm.Options.plain().jvmArgs("-Djdk.attach.allowAttachSelf=true"), "attach",
                ForkedJvm.agentJar().toString(), "report=" + report);
        assertEquals(0, late.exitCode(), late.describe());
        assertEquals(plain.stdout(), late.stdout(), late.describe());
        Differential.Outcome o = new Differential.Outcome(plain, late, Files.readString(report));
        accelerated(o, "jna_it:JitLib.jit_i64", "jna_it:JitLib.jit_strlen", "jna_it:JitLib.jit_simple_sum",
                "jna_it:JitLib.jit_set_errno", "jna_it:Derived.jit_i64", "jna_it:Derived.jit_i32");
        assertTrue(o.reportLine("jna_it:JitLib.jit_strlen ").contains("calls=1 "), o.report());
    }

    @Test
    void configuration() throws Exception {
        Differential.Outcome some = Differential.check(PrimitivesScenario.class,
                Map.of("ffijit.include", "jna_it:*,m:LibM.cos", "ffijit.exclude", "*.jit_mix"));
        accelerated(some, "jna_it:JitLib.jit_i8", "m:LibM.cos");
        fallback(some, "jna_it:JitLib.jit_mix", "excluded");
        fallback(some, "m:LibM.pow", "excluded");
        fallback(some, "c:LibC.labs", "excluded");
        Differential.Outcome off = Differential.check(PrimitivesScenario.class, Map.of("ffijit.jna.enabled", "false"));
        assertTrue(off.report().lines().noneMatch(l -> l.contains("jna_it:")), off.report());
        Path dump = Files.createTempDirectory(NativeLibs.workDir(), "dump");
        Differential.check(PrimitivesScenario.class, Map.of("ffijit.dump", dump.toString()));
        try (java.util.stream.Stream<Path> files = Files.walk(dump)) {
            List<String> names = files.map(p -> dump.relativize(p).toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.matches("dev/ffijit/agent/jna/runtime/Fast\\$JitLib\\.class")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("dev/ffijit/it/jna/JitLib$ffijit")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.matches("stubs/JitLib\\.jit_mix\\$raw\\d+\\.bin")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.equals("com/sun/jna/Library$Handler.class")), names.toString());
        }
        Differential.Outcome all = Differential.check(PrimitivesScenario.class, Map.of("ffijit.enabled", "false"));
        assertEquals("", all.agent().stderr().lines().filter(l -> l.contains("[ffijit] WARN")).reduce("", String::concat));
    }

    static void accelerated(Differential.Outcome o, String... names) {
        for (String n : names) {
            List<String> lines = lines(o, n);
            for (String l : lines) assertTrue(l.trim().startsWith("accelerated"), "expected accelerated: " + l + "\n" + o.report());
        }
    }

    static void fallback(Differential.Outcome o, String name, String reason) {
        List<String> lines = lines(o, name);
        for (String l : lines) {
            assertTrue(l.trim().startsWith("fallback") && l.contains(reason), "expected fallback (" + reason + "): " + l
                    + "\n" + o.report());
        }
    }

    /** Every report line of a method (overloads share a name); at least one. */
    private static List<String> lines(Differential.Outcome o, String name) {
        List<String> lines = o.report().lines().filter(l -> l.contains(" " + name + " ")).toList();
        assertTrue(!lines.isEmpty(), "no report line for " + name + " in\n" + o.report());
        return lines;
    }
}
