package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;
import java.util.Locale;

/** The raw numbers, one line per cell, for anyone who wants to plot or compare runs themselves. */
public final class CsvReport {
    private CsvReport() {
    }

    public static String render(ResultGrid grid) {
        StringBuilder csv = new StringBuilder("function,style,ns_per_op,ns_error_999,bytes_per_op,ratio_to_jni,ns_median,median_ratio_to_jni,median_ratio_to_jni_jna_types,note\n");
        for (BenchFunction f : grid.rows()) {
            for (Style s : grid.columns()) {
                csv.append(f.methodName()).append(',').append(quote(s.label())).append(',');
                var cell = grid.get(f, s);
                if (cell.isPresent()) {
                    Measurement m = cell.get();
                    String ratio = grid.baseline(f).map(j -> num(m.nsPerOp() / j.nsPerOp())).orElse("");
                    String medianRatio = grid.baseline(f).map(j -> num(m.nsMedian() / j.nsMedian())).orElse("");
                    String typedRatio = grid.typedBaseline(f).map(j -> num(m.nsMedian() / j.nsMedian())).orElse("");
                    csv.append(num(m.nsPerOp())).append(',').append(num(m.nsError())).append(',')
                            .append(num(m.bytesPerOp())).append(',').append(ratio).append(',')
                            .append(num(m.nsMedian())).append(',').append(medianRatio).append(',')
                            .append(typedRatio).append(",\n");
                } else {
                    csv.append(",,,,,,,").append(quote(grid.missingReason(f, s).orElseThrow())).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
