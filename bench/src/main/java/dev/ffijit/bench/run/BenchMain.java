package dev.ffijit.bench.run;

import dev.ffijit.bench.NativeLibraries;
import dev.ffijit.bench.check.BenchFunction;
import dev.ffijit.bench.check.KnownDefect;
import dev.ffijit.bench.check.SelfCheck;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.util.Version;

/**
 * Runs every call style in one go: the plain styles in ordinary forks, then the JNA and jnr-ffi
 * benchmark classes again in forks started with {@code -javaagent:ffijit-agent.jar}, and merges
 * both into one Markdown report, a CSV file and a PNG chart.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        HarnessArgs h;
        try {
            h = HarnessArgs.parse(args);
        } catch (HarnessArgs.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(HarnessArgs.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        System.exit(run(h));
    }

    static int run(HarnessArgs h) throws Exception {
        int jdk = Runtime.version().feature();
        boolean agentPresent = Files.isRegularFile(h.agentJar);

        List<Style> columns = new ArrayList<>();
        Map<Style, String> skipped = new LinkedHashMap<>();
        for (Style s : Style.values()) {
            if (jdk < s.minJdk()) {
                skipped.put(s, "n/a (needs JDK " + s.minJdk() + "+, this is JDK " + jdk + ")");
            } else if (!s.isCompiledIn()) {
                skipped.put(s, "n/a (not in this build; build the bench module on JDK " + s.minJdk() + "+)");
            } else {
                columns.add(s);
                if (s.withAgent() && !agentPresent) {
                    skipped.put(s, "n/a (agent jar missing)");
                }
            }
        }

        Map<Style, Set<BenchFunction>> planned = new EnumMap<>(Style.class);
        // benchmarks per fork group, plain first: each group is one JMH invocation with its own JVM arguments
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, Style> groupStyle = new LinkedHashMap<>();
        for (Style s : columns) {
            if (skipped.containsKey(s)) {
                continue;
            }
            Set<BenchFunction> functions = EnumSet.noneOf(BenchFunction.class);
            for (Method m : SelfCheck.benchmarkMethods(s.benchmarkClass().orElseThrow())) {
                String name = s.className() + "." + m.getName();
                if (h.only == null || h.only.matcher(name).find()) {
                    functions.add(BenchFunction.ofMethod(m.getName()));
                    groups.computeIfAbsent(s.forkGroup(), g -> new ArrayList<>()).add(name);
                    groupStyle.putIfAbsent(s.forkGroup(), s);
                }
            }
            planned.put(s, functions);
        }

        List<String> forkArgs = new ArrayList<>();
        forkArgs.add("-D" + NativeLibraries.DIR_PROPERTY + "=" + NativeLibraries.directory());
        if (jdk >= 22) {
            forkArgs.add("--enable-native-access=ALL-UNNAMED");
        }
        if (jdk >= 24) {
            // JMH and jffi use sun.misc.Unsafe; without this every fork prints the same warnings
            forkArgs.add("--sun-misc-unsafe-memory-access=allow");
        }
        forkArgs.addAll(h.jvmArgs);
        // calls known to be broken upstream are timed; a fork whose agent settings fix one must get it right
        forkArgs.add("-D" + KnownDefect.TOLERATE_PROPERTY + "=true");

        int total = groups.values().stream().mapToInt(List::size).sum();
        int withAgent = total - groups.getOrDefault("plain", List.of()).size();
        System.out.printf(Locale.ROOT, "ffijit bench: %d benchmarks (%d with the agent), %s; about %.0f s%n",
                total, withAgent, h.settings.describe(), total * h.settings.secondsPerBenchmark());
        System.out.println("ffijit bench: agent " + ModuleLayout.display(h.agentJar)
                + (agentPresent ? " found" : " missing: ffijit rows will be n/a"));

        List<Measurement> measurements = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            Style style = groupStyle.get(g.getKey());
            List<String> args = new ArrayList<>(forkArgs);
            if (style.withAgent()) {
                args.add("-javaagent:" + h.agentJar.toAbsolutePath());
                args.addAll(h.agentJvmArgs);
                for (String p : style.agentProperties()) {
                    args.add("-D" + p);
                }
            }
            measurements.addAll(new JmhRun(h.settings, args, g.getKey()).run(g.getValue()));
        }

        ResultGrid grid = new ResultGrid(columns, skipped, planned, measurements);
        RunDescription description = new RunDescription(MachineInfo.current(), h.settings, Version.getPlainVersion(),
                ModuleLayout.display(h.agentJar), agentPresent ? "used for the \"+ ffijit\" columns" : "n/a (agent jar missing)");
        String markdown = MarkdownReport.render(grid, description);
        writeOutputs(h.outDir, grid, description, markdown);
        System.out.println();
        System.out.println(markdown);

        List<String> failures = grid.failures();
        if (!failures.isEmpty()) {
            System.err.println("ffijit bench: no result for " + failures + " (see the JMH log above)");
            return 1;
        }
        return 0;
    }

    private static void writeOutputs(Path outDir, ResultGrid grid, RunDescription run, String markdown) throws IOException {
        Files.createDirectories(outDir);
        // quick results never overwrite the full run the README shows
        String suffix = "jdk" + run.machine().jdkFeature() + (run.settings().mode().equals("full") ? "" : "-" + run.settings().mode());
        Path md = outDir.resolve("results-" + suffix + ".md");
        Path csv = outDir.resolve("results-" + suffix + ".csv");
        Path png = outDir.resolve("chart-" + suffix + ".png");
        Files.writeString(md, markdown);
        Files.writeString(csv, CsvReport.render(grid));
        ChartRenderer.writePng(grid, run, png);
        System.out.println("ffijit bench: wrote " + md + ", " + csv + ", " + png);
    }
}
