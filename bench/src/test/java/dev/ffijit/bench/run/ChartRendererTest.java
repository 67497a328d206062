package dev.ffijit.bench.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffijit.bench.check.BenchFunction;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartRendererTest {

    @Test
    void writesAReadablePng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("chart.png");
        ChartRenderer.writePng(MarkdownReportTest.sampleGrid(), MarkdownReportTest.sampleRun(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1400 && image.getHeight() >= 700,
                image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void logAxisSpansWholeDecadesAroundTheData() {
        // sample data runs from 0.5 ns to 1234.4 ns
        assertArrayEquals(new double[] {0.1, 10000}, ChartRenderer.decadeRange(MarkdownReportTest.sampleGrid()), 1e-12);
    }

    @Test
    void fastestBarIsNotASliver() {
        // 1.5 ns would stand on a floor of 1 ns at a sixth of a decade high: one decade lower instead
        ResultGrid grid = new ResultGrid(List.of(Style.JAVA, Style.JNI), Map.of(),
                Map.of(Style.JAVA, EnumSet.of(BenchFunction.LABS), Style.JNI, EnumSet.of(BenchFunction.LABS)),
                List.of(new Measurement(BenchFunction.LABS, Style.JAVA, 1.5, 0, 1.5, 0),
                        new Measurement(BenchFunction.LABS, Style.JNI, 15, 0, 15, 0)));
        assertArrayEquals(new double[] {0.1, 100}, ChartRenderer.decadeRange(grid), 1e-12);
    }

    @Test
    void everyStyleHasItsOwnColour() {
        assertEquals(Style.values().length,
                java.util.Arrays.stream(Style.values()).map(ChartRenderer::color).distinct().count());
    }
}
