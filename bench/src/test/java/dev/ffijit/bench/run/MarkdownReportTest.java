package dev.ffijit.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffijit.bench.check.BenchFunction;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    static ResultGrid sampleGrid() {
        List<Style> columns = List.of(Style.JAVA, Style.JNI, Style.JNA, Style.JNA_FFIJIT, Style.JNR);
        Map<Style, String> skipped = Map.of(Style.JNA_FFIJIT, "n/a (agent jar missing)");
        Set<BenchFunction> two = EnumSet.of(BenchFunction.LABS, BenchFunction.STRLEN_POINTER);
        Map<Style, Set<BenchFunction>> planned = Map.of(
                Style.JAVA, EnumSet.of(BenchFunction.LABS), Style.JNI, two, Style.JNA, two, Style.JNR, two);
        List<Measurement> results = List.of(
                new Measurement(BenchFunction.LABS, Style.JAVA, 0.5, 0.01, 0.5, 0),
                new Measurement(BenchFunction.LABS, Style.JNI, 10, 0.5, 8, 0.00002),
                new Measurement(BenchFunction.LABS, Style.JNA, 250, Double.NaN, 200, 96),
                new Measurement(BenchFunction.STRLEN_POINTER, Style.JNI, 20, 1, 20, 0),
                new Measurement(BenchFunction.STRLEN_POINTER, Style.JNA, 1234.4, 10, 1234.4, 48),
                new Measurement(BenchFunction.LABS, Style.JNR, 40, 2, 36, 0));
        return new ResultGrid(columns, skipped, planned, results);
    }

    static RunDescription sampleRun() {
        MachineInfo m = new MachineInfo("2025-01-01T00:00:00Z", "OpenJDK 17", 17, "Some CPU", 2, "Linux x");
        return new RunDescription(m, RunSettings.quick(), "1.37", "agent/target/ffijit-agent.jar", "n/a (agent jar missing)");
    }

    private static String row(String md, String section, String function) {
        String rest = md.substring(md.indexOf(section));
        return rest.lines().filter(l -> l.startsWith("| `" + function + "`")).findFirst().orElseThrow();
    }

    @Test
    void timesCarryTheirErrorAndMissingCellsTheirReason() {
        String md = MarkdownReport.render(sampleGrid(), sampleRun());
        assertEquals("| `labs(long)` | 0.50 ± 0.01 | 10.0 ± 0.5 | 250 | n/a (agent jar missing) | 40.0 ± 2.0 |",
                row(md, "## Time per call", "labs(long)"));
        // JNR was planned for strlen(Pointer) but produced nothing: a failure; Java has no such call
        assertEquals("| `strlen(Pointer)` | — | 20.0 ± 1.0 | 1234 ± 10 | n/a (agent jar missing) | failed |",
                row(md, "## Time per call", "strlen(Pointer)"));
    }

    @Test
    void ratiosAreToHandWrittenJni() {
        String md = MarkdownReport.render(sampleGrid(), sampleRun());
        assertEquals("| `labs(long)` | 0.05× | 1.00× | 25.0× | n/a (agent jar missing) | 4.00× |",
                row(md, "## Time relative", "labs(long)"));
    }

    @Test
    void mediansAreComparedWithJnisMedian() {
        String md = MarkdownReport.render(sampleGrid(), sampleRun());
        assertEquals("| `labs(long)` | 0.50 (0.06×) | 8.00 (1.00×) | 200 (25.0×) | n/a (agent jar missing) | 36.0 (4.50×) |",
                row(md, "## Median iteration", "labs(long)"));
    }

    @Test
    void allocationIsRoundedToWholeBytes() {
        String md = MarkdownReport.render(sampleGrid(), sampleRun());
        assertEquals("| `labs(long)` | 0 | 0 | 96 | n/a (agent jar missing) | 0 |",
                row(md, "## Allocation", "labs(long)"));
    }

    @Test
    void headerNamesDateJdkMachineAndAgent() {
        String md = MarkdownReport.render(sampleGrid(), sampleRun());
        assertTrue(md.contains("- Date: 2025-01-01T00:00:00Z"), md);
        assertTrue(md.contains("- JDK: OpenJDK 17"), md);
        assertTrue(md.contains("- Machine: Some CPU, 2 cores, Linux x"), md);
        assertTrue(md.contains("`agent/target/ffijit-agent.jar` — n/a (agent jar missing)"), md);
    }

    /** memset: plain JNI 8 ns, JNI with JNA's types 10 ns, JNA + ffijit 11 ns (medians). */
    static ResultGrid typedGrid() {
        List<Style> columns = List.of(Style.JNI, Style.JNI_JNA_TYPES, Style.JNA_FFIJIT);
        Set<BenchFunction> both = EnumSet.of(BenchFunction.LABS, BenchFunction.MEMSET);
        Map<Style, Set<BenchFunction>> planned = Map.of(Style.JNI, both,
                Style.JNI_JNA_TYPES, EnumSet.of(BenchFunction.MEMSET), Style.JNA_FFIJIT, both);
        List<Measurement> results = List.of(
                new Measurement(BenchFunction.LABS, Style.JNI, 8, 0.1, 8, 0),
                new Measurement(BenchFunction.LABS, Style.JNA_FFIJIT, 9, 0.1, 9, 0),
                new Measurement(BenchFunction.MEMSET, Style.JNI, 8.5, 0.1, 8, 0),
                new Measurement(BenchFunction.MEMSET, Style.JNI_JNA_TYPES, 10.5, 0.1, 10, 24),
                new Measurement(BenchFunction.MEMSET, Style.JNA_FFIJIT, 11.5, 0.1, 11, 24));
        return new ResultGrid(columns, Map.of(), planned, results);
    }

    @Test
    void pointerSignaturesAreAlsoComparedWithJniDoingJnasWork() {
        String md = MarkdownReport.render(typedGrid(), sampleRun());
        assertEquals("| `memset(Pointer,int,long)` | 0.80× | 1.00× | 1.10× |",
                row(md, "## Median ratio to \"JNI with JNA's types\"", "memset(Pointer,int,long)"));
        assertEquals("| `labs(long)` | — | — | — |",
                row(md, "## Median ratio to \"JNI with JNA's types\"", "labs(long)"));
        // the plain ratio stays the headline: to JNI passing longs
        assertEquals("| `memset(Pointer,int,long)` | 8.00 (1.00×) | 10.0 (1.25×) | 11.0 (1.38×) |",
                row(md, "## Median iteration", "memset(Pointer,int,long)"));
    }

    @Test
    void withoutThatRowThereIsNoSuchSection() {
        String md = MarkdownReport.render(sampleGrid(), sampleRun());
        assertTrue(!md.contains("JNA's types"), md);
    }

    @Test
    void csvCarriesBothRatios() {
        String csv = CsvReport.render(typedGrid());
        assertTrue(csv.startsWith("function,style,ns_per_op,ns_error_999,bytes_per_op,ratio_to_jni,ns_median,"
                + "median_ratio_to_jni,median_ratio_to_jni_jna_types,note\n"), csv);
        assertTrue(csv.contains("memset,\"JNA + ffijit\",11.5000,0.1000,24.0000,1.3529,11.0000,1.3750,1.1000,\n"), csv);
        assertTrue(csv.contains("labs,\"JNA + ffijit\",9.0000,0.1000,0.0000,1.1250,9.0000,1.1250,,\n"), csv);
        assertTrue(csv.contains("labs,\"JNI with JNA's types\",,,,,,,,\"—\"\n"), csv);
    }

    @Test
    void plannedButMissingCellsAreFailures() {
        assertEquals(List.of("strlen(Pointer) / jnr-ffi"), sampleGrid().failures());
    }
}
