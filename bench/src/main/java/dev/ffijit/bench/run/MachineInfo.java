package dev.ffijit.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Where and when the numbers were taken, for the report header. */
public record MachineInfo(String date, String jdk, int jdkFeature, String cpuModel, int cores, String os) {

    public static MachineInfo current() {
        String jdk = System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.name") + ", " + System.getProperty("java.vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String date = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new MachineInfo(date, jdk, Runtime.version().feature(), readCpuModel(), Runtime.getRuntime().availableProcessors(), os);
    }

    /** The first "model name" (x86) or "CPU part"/"Hardware" style line (ARM) of /proc/cpuinfo. */
    static String readCpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String key : List.of("model name", "Model", "Hardware", "CPU part")) {
                for (String line : lines) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                        return line.substring(colon + 1).trim();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no access: fall through
        }
        return System.getProperty("os.arch") + " (CPU model unknown)";
    }
}
