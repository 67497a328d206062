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

    @Test
    void plannedButMissingCellsAreFailures() {
        assertEquals(List.of("strlen(Pointer) / jnr-ffi"), sampleGrid().failures());
    }
}
