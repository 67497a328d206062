package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;
import java.util.Map;
import java.util.function.Function;

/** Renders the grid as Markdown: time, ratio to hand-written JNI, and allocation per call. */
public final class MarkdownReport {
    /** Marks a time measured for a call that returns a wrong result ({@link dev.ffijit.bench.check.KnownDefect}). */
    static final String DEFECT_MARK = "⚠";

    private MarkdownReport() {
    }

    public static String render(ResultGrid grid, RunDescription run) {
        StringBuilder md = new StringBuilder();
        MachineInfo m = run.machine();
        md.append("# ffijit call benchmark (").append(run.settings().mode()).append(" run)\n\n");
        md.append("- Date: ").append(m.date()).append('\n');
        md.append("- JDK: ").append(m.jdk()).append('\n');
        md.append("- Machine: ").append(m.cpuModel()).append(", ").append(m.cores()).append(" cores, ")
                .append(m.os()).append('\n');
        md.append("- JMH ").append(run.jmhVersion()).append(": ").append(run.settings().describe()).append('\n');
        md.append("- ffijit agent: `").append(run.agent()).append("` — ").append(run.agentState()).append('\n');
        for (Map.Entry<Style, String> e : grid.skippedStyles().entrySet()) {
            if (!e.getKey().withAgent()) {
                md.append("- ").append(e.getKey().label()).append(": ").append(e.getValue()).append('\n');
            }
        }
        if (run.settings().mode().equals("quick")) {
            md.append("\nQuick mode: one fork, a few short iterations. The numbers show that every row runs;"
                    + " they are not fit for comparisons.\n");
        }

        md.append("\n## Time per call (ns/op ± 99.9% confidence interval)\n\n");
        table(md, grid, (f, cell) -> NumberFormats.timeWithError(cell.nsPerOp(), cell.nsError()));

        md.append("\n## Time relative to hand-written JNI (lower is faster)\n\n");
        table(md, grid, (f, cell) -> grid.baseline(f)
                .map(jni -> NumberFormats.ratio(cell.nsPerOp() / jni.nsPerOp()))
                .orElse("?"));

        md.append("\n## Median iteration (ns/op) and its ratio to hand-written JNI's median\n\n");
        table(md, grid, (f, cell) -> NumberFormats.time(cell.nsMedian()) + grid.baseline(f)
                .map(jni -> " (" + NumberFormats.ratio(cell.nsMedian() / jni.nsMedian()) + ")")
                .orElse(""));

        if (grid.rows().stream().anyMatch(f -> grid.typedBaseline(f).isPresent())) {
            md.append("\n## Median ratio to \"").append(Style.JNI_JNA_TYPES.label())
                    .append("\": hand-written JNI doing the work a JNA signature with a `Pointer` asks for\n\n");
            table(md, grid, (f, cell) -> grid.typedBaseline(f)
                    .map(typed -> NumberFormats.ratio(cell.nsMedian() / typed.nsMedian()))
                    .orElse(ResultGrid.NOT_APPLICABLE));
        }

        md.append("\n## Allocation per call (bytes/op, `-prof gc` gc.alloc.rate.norm)\n\n");
        table(md, grid, (f, cell) -> NumberFormats.bytes(cell.bytesPerOp()));

        md.append("\n`").append(ResultGrid.NOT_APPLICABLE).append("`: the style has no such call."
                + " What each cell calls and how is described in bench/README.md.\n");
        for (BenchFunction f : grid.rows()) {
            for (Style s : grid.columns()) {
                if (grid.get(f, s).isPresent()) {
                    s.knownDefect(f).ifPresent(d -> md.append("\n").append(DEFECT_MARK).append(" `").append(f.label())
                            .append("` with ").append(s.label()).append(" returns a wrong result: ").append(d.description())
                            .append(". It is timed anyway.\n"));
                }
            }
        }
        return md.toString();
    }

    /** One table, functions down, styles across; cells without a measurement show the grid's reason. */
    private static void table(StringBuilder md, ResultGrid grid, CellText text) {
        md.append("| Function |");
        grid.columns().forEach(s -> md.append(' ').append(s.label()).append(" |"));
        md.append("\n|:---|");
        grid.columns().forEach(s -> md.append("---:|"));
        md.append('\n');
        for (BenchFunction f : grid.rows()) {
            md.append("| `").append(f.label()).append("` |");
            for (Style s : grid.columns()) {
                Function<Measurement, String> measured = cell -> text.of(f, cell);
                String cell = grid.get(f, s).map(measured)
                        .map(t -> s.knownDefect(f).isPresent() ? t + " " + DEFECT_MARK : t)
                        .orElseGet(() -> grid.missingReason(f, s).orElseThrow());
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        }
    }

    @FunctionalInterface
    private interface CellText {
        String of(BenchFunction function, Measurement cell);
    }
}
