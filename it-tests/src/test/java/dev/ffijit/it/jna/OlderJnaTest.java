package dev.ffijit.it.jna;

import dev.ffijit.it.harness.Differential;
import dev.ffijit.it.harness.ForkedJvm;
import dev.ffijit.it.jna.direct.DirectObjectsScenario;
import dev.ffijit.it.jna.direct.DirectPrimitivesScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static dev.ffijit.it.jna.JnaDifferentialTest.accelerated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenarios on older JNA releases (the build copies their jars into {@code ffijit.it.olderJna}) in place of the
 * one ffijit is built against: ffijit must follow the per-call rules of the JNA that is loaded. 5.13.0 is the last
 * release whose interface mapping encodes a String argument with {@code jna.encoding} at each call (the library's
 * encoding option applies from 5.14); 5.5.0 also words the LastErrorException of an unknown code differently
 * (before 5.13) and has no {@code Memory.close()} (before 5.12); 5.0.0 makes IntegerType values its own way.
 */
class OlderJnaTest {
    private static ForkedJvm.Options on(String version) {
        return ForkedJvm.Options.plain().jna(Path.of(System.getProperty("ffijit.it.olderJna"), "jna-" + version + ".jar"));
    }

    @ParameterizedTest
    @CsvSource({"5.13.0, option=ISO-8859-1", "5.13.0, later=ISO-8859-1", "5.13.0, jna.encoding=windows-1252",
            "5.5.0, option=ISO-8859-1", "5.5.0, default"})
    void stringArgumentsTakeTheEncodingRuleOfTheLoadedJna(String version, String setup) {
        Differential.Outcome o = Differential.check(StringsScenario.class, on(version), Map.of(), setup);
        accelerated(o, "jna_it:JitLib.jit_bytes", "jna_it:JitLib.jit_strlen", "jna_it:JitLib.jit_echo",
                "jna_it:JitLib.jit_wcslen", "c:LibC.strlen", "z:Zlib.crc32");
        String line = o.reportLine("jna_it:JitLib.jit_strlen ");
        assertTrue(line.contains("JNA " + version + ": jna.encoding"), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5.0", "5.13.0"})
    void errorsArraysAndStructures(String version) {
        accelerated(Differential.check(ErrorsScenario.class, on(version), Map.of()),
                "jna_it:JitLib.jit_set_errno");
        accelerated(Differential.check(ArraysScenario.class, on(version), Map.of()), "jna_it:JitLib.jit_ints_sum_inc");
        Differential.check(StructuresScenario.class, on(version), Map.of());
        Differential.check(PrimitivesScenario.class, on(version), Map.of());
    }

    /**
     * IntegerType values: 5.0 makes them with {@code Class.newInstance}, which passes a constructor's checked
     * exception on unwrapped, so ffijit keeps JNA's converter there; 5.1 on use {@code Klass.newInstance}, whose
     * wrapping ffijit reproduces without reflection. The scenario's throwing IntegerTypes tell the two apart, and a
     * checked exception the interface does not declare must still reach the caller as the JDK proxy wraps it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"5.0.0", "5.2.0", "5.5.0"})
    void pointersAndIntegerTypes(String version) {
        accelerated(Differential.check(PointersScenario.class, on(version), Map.of()), "jna_it:JitLib.jit_u32",
                "jna_it:FlakyLib.jit_u32", "jna_it:FlakyLib.jit_set_i32", "jna_it:FlakyDeclares.jit_u32");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5.0", "5.13.0"})
    void directMapping(String version) {
        Differential.check(DirectPrimitivesScenario.class, on(version), Map.of());
        Differential.check(DirectObjectsScenario.class, on(version), Map.of());
    }

    /** JNA 3 and 4: ffijit touches none of their classes, says so once, and the calls run as without it. */
    @ParameterizedTest
    @ValueSource(strings = {"3.5.2", "4.5.2"})
    void releasesBeforeFiveStayOnJnasPath(String version) {
        Differential.Outcome o = Differential.check(OldJnaScenario.class, on(version), Map.of());
        String said = version.startsWith("3") ? "of unknown version (no readable com.sun.jna.Version)" : version;
        assertEquals("[ffijit] WARN JNA " + said + " is not supported (ffijit follows JNA 5.x): its calls stay on"
                + " JNA's own path", o.agent().stderr().strip(), o.agent().describe());
        assertTrue(o.report().startsWith("ffijit report: 0 accelerated, 0 on the library's own path"), o.report());
    }
}
