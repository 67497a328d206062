package dev.ffijit.bench.run;

import dev.ffijit.bench.check.BenchFunction;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * Grouped bars: one group per C function, one bar per call style, time per call on a log axis
 * (the styles span three to four orders of magnitude). A style and its ffijit variant share a hue,
 * light without and dark with the agent, so the agent's effect reads as light-to-dark pairs.
 */
public final class ChartRenderer {
    private static final Map<Style, Color> COLORS = new EnumMap<>(Style.class);
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 640;
    /** Where the plot area starts below the image's top edge (title and padding). */
    private static final int PLOT_TOP = 48;
    private static final int NOTE_LINE_HEIGHT = 17;
    /** Appended to a function's axis label when one of its bars times a wrong call. */
    private static final String DEFECT_MARK = "*";

    static {
        COLORS.put(Style.JAVA, new Color(0xA0A0A0));
        COLORS.put(Style.JNI, new Color(0x202020));
        COLORS.put(Style.JNI_JNA_TYPES, new Color(0x606060));
        COLORS.put(Style.FFM, new Color(0x8E24AA));
        COLORS.put(Style.JNA, new Color(0x90CAF9));
        COLORS.put(Style.JNA_FFIJIT, new Color(0x1565C0));
        COLORS.put(Style.JNA_DIRECT, new Color(0xA5D6A7));
        COLORS.put(Style.JNA_DIRECT_FFIJIT, new Color(0x2E7D32));
        COLORS.put(Style.JNR, new Color(0xFFCC80));
        COLORS.put(Style.JNR_FFIJIT, new Color(0xE65100));
        COLORS.put(Style.JNR_FFIJIT_ALL, new Color(0x8D3A00));
    }

    private ChartRenderer() {
    }

    public static void writePng(ResultGrid grid, RunDescription run, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        // 2x pixels: sharp on high-density screens and still legible when a README scales it down
        BitmapEncoder.saveBitmapWithDPI(build(grid, run), file.toString(), BitmapEncoder.BitmapFormat.PNG, 144);
    }

    static Color color(Style s) {
        return COLORS.get(s);
    }

    static CategoryChart build(ResultGrid grid, RunDescription run) {
        MachineInfo m = run.machine();
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH).height(HEIGHT)
                .title("Time per call (log scale, lower is better): JDK " + m.jdkFeature() + ", " + m.cpuModel() + ", "
                        + m.cores() + " cores, " + run.settings().mode() + " run, " + m.date().substring(0, 10))
                .yAxisTitle("ns per call")
                .build();
        style(chart.getStyler());

        List<String> notes = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (BenchFunction f : grid.rows()) {
            boolean defect = grid.columns().stream().anyMatch(s -> s.knownDefect(f).isPresent() && grid.get(f, s).isPresent());
            categories.add(f.shortLabel() + (defect ? DEFECT_MARK : ""));
            if (defect) {
                grid.columns().forEach(s -> s.knownDefect(f).filter(d -> grid.get(f, s).isPresent()).ifPresent(d ->
                        notes.add(DEFECT_MARK + " " + f.shortLabel() + " with " + s.label() + " returns a wrong result: "
                                + d.description())));
            }
        }
        for (BenchFunction f : grid.rows()) {
            for (Style s : grid.columns()) {
                if (grid.missingReason(f, s).filter(ResultGrid.FAILED::equals).isPresent()) {
                    notes.add(f.shortLabel() + " with " + s.label() + ": no bar, the benchmark failed");
                }
            }
        }
        Set<String> notRun = new LinkedHashSet<>();
        for (Style s : grid.columns()) {
            List<Double> values = new ArrayList<>();
            for (BenchFunction f : grid.rows()) {
                values.add(grid.get(f, s).map(Measurement::nsPerOp).orElse(null));
            }
            if (values.stream().allMatch(v -> v == null)) {
                // an empty series would only leave a gap in every group
                notRun.add(s.label() + ": " + grid.missingReason(grid.rows().get(0), s).orElse(""));
                continue;
            }
            chart.addSeries(s.label(), categories, values).setFillColor(color(s));
        }
        notes.addAll(0, notRun);

        double[] range = decadeRange(grid);
        // bars grow from the axis minimum; XChart's default (0) is illegal on a log axis
        chart.getStyler().setYAxisMin(range[0]);
        if (notes.isEmpty()) {
            chart.getStyler().setYAxisMax(range[1]);
        } else {
            // one more decade: an empty band at the top of the plot for the notes
            chart.getStyler().setYAxisMax(range[1] * 10);
            int panelHeight = notes.size() * NOTE_LINE_HEIGHT + 12;
            // screen coordinates: y is the panel's lower edge, counted from the bottom of the image
            chart.addAnnotation(new AnnotationTextPanel(String.join("\n", notes), 105,
                    HEIGHT - PLOT_TOP - panelHeight, true));
        }
        return chart;
    }

    private static void style(CategoryStyler styler) {
        styler.setYAxisLogarithmic(true);
        styler.setYAxisDecimalPattern("#,##0.##");
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0x999999));
        styler.setPlotGridLinesColor(new Color(0xE0E0E0));
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAnnotationTextPanelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAvailableSpaceFill(0.85);
        styler.setOverlapped(false);
    }

    /** Whole powers of ten enclosing every measured time. */
    static double[] decadeRange(ResultGrid grid) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (BenchFunction f : grid.rows()) {
            for (Style s : grid.columns()) {
                var cell = grid.get(f, s);
                if (cell.isPresent() && cell.get().nsPerOp() > 0) {
                    min = Math.min(min, cell.get().nsPerOp());
                    max = Math.max(max, cell.get().nsPerOp());
                }
            }
        }
        if (max == 0) {
            return new double[] {0.1, 1000};
        }
        // at least a factor 2 below the fastest time, or its bar would be a sliver on the axis
        return new double[] {Math.pow(10, Math.floor(Math.log10(min / 2))), Math.pow(10, Math.ceil(Math.log10(max)))};
    }
}
