package dev.ffijit.agent.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every bound function ffijit saw: which path it runs on (accelerated, or the library's own and why) and, when a
 * report is asked for, how often it was called. Written at exit to stderr or a file ({@code ffijit.report}).
 */
public final class Report {
    private final List<Binding> bindings = new CopyOnWriteArrayList<>();
    private final boolean counting;

    public Report(boolean counting) {
        this.counting = counting;
    }

    /** Whether call counts are kept; generated code counts only then, so it costs nothing otherwise. */
    public boolean counting() { return counting; }

    public Binding add(String host, String library, String owner, String method) {
        Binding b = new Binding(host, library, owner, method);
        bindings.add(b);
        return b;
    }

    public List<Binding> bindings() { return List.copyOf(bindings); }

    public void write(PrintStream out, String header) {
        List<Binding> all = new ArrayList<>(bindings);
        all.sort(Comparator.comparing(Binding::host).thenComparing(Binding::name));
        long accelerated = all.stream().filter(b -> b.path() == Binding.Path.ACCELERATED).count();
        out.println("ffijit report: " + accelerated + " accelerated, " + (all.size() - accelerated)
                + " on the library's own path" + (header.isEmpty() ? "" : " (" + header + ")"));
        int width = all.stream().mapToInt(b -> b.name().length()).max().orElse(10);
        for (Binding b : all) {
            out.printf("  %-11s %-10s %-" + width + "s  calls=%-10s %s%n", b.path().name().toLowerCase(), b.host(),
                    b.name(), counting ? Long.toString(b.calls()) : "-", b.detail());
        }
        out.flush();
    }

    /** Writes to stderr when {@code target} is "stderr", else to that file; never throws. */
    public void writeTo(String target, String header) {
        try {
            if (target.equalsIgnoreCase("stderr")) {
                write(System.err, header);
            } else {
                try (PrintStream ps = new PrintStream(Files.newOutputStream(Path.of(target)), false, StandardCharsets.UTF_8)) {
                    write(ps, header);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[ffijit] WARN could not write the report to " + target + ": " + e);
        }
    }
}
