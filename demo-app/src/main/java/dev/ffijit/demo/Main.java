package dev.ffijit.demo;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import dev.ffijit.demo.lib.Libraries;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/** Command-line entry point: parse, checksum the input, print results then throughput. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        if (options.help) {
            out.println(Options.USAGE);
            return 0;
        }
        try {
            Libraries.load();
        } catch (LinkageError | ClassNotFoundException e) {
            // A missing library surfaces as an ExceptionInInitializerError around the UnsatisfiedLinkError.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("error: cannot load libc or zlib through JNA: " + cause);
            return 1;
        }
        out.println("env: java=" + System.getProperty("java.version") + " jna=" + Native.VERSION
                + " platform=" + Platform.RESOURCE_PREFIX + " javaagent=" + javaAgents());
        try (RecordSource source = open(options)) {
            out.println(Checksums.PREFIX + "input=" + source.description() + " block=" + options.block);
            RunListener listener = options.list ? runPrinter(out) : RunListener.NONE;
            RecordChecksummer checksummer = new RecordChecksummer(options.block, source.maxRecordLength(), listener);

            long start = System.nanoTime();
            for (Record r = source.next(); r != null; r = source.next()) {
                checksummer.accept(r);
            }
            Checksums result = checksummer.finish();
            long elapsed = System.nanoTime() - start;

            result.resultLines().forEach(out::println);
            printThroughput(out, result, elapsed, checksummer, options.block);
            return 0;
        } catch (IOException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private static RecordSource open(Options options) throws IOException {
        if (options.dir == null) {
            return new SyntheticRecords(options.seed, options.records);
        }
        // The path as given, not made absolute: result lines must not depend on the machine.
        return new DirectoryRecords(options.dir, options.dir.toString(), options.chunk);
    }

    private static RunListener runPrinter(PrintStream out) {
        return (key, crc32, records, bytes) -> out.println(Checksums.PREFIX + "run crc32=" + Checksums.hex(crc32)
                + " records=" + records + " bytes=" + bytes + " key=" + key);
    }

    private static void printThroughput(PrintStream out, Checksums result, long elapsedNanos,
                                        RecordChecksummer checksummer, int block) {
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        out.println(String.format(Locale.ROOT,
                "throughput: elapsed_s=%.3f records_per_s=%.0f native_calls_per_s=%.0f mb_per_s=%.2f ns_per_call=%.1f",
                seconds, result.records() / seconds, result.nativeCalls() / seconds,
                result.bytes() / seconds / 1e6, elapsedNanos / (double) Math.max(result.nativeCalls(), 1)));
        out.println("throughput: block_us " + checksummer.blockDurations()
                + " (clock_gettime, " + block + " records per block)");
    }

    /** The file names of -javaagent options, so that a reader sees which run had the agent. */
    private static String javaAgents() {
        String agents = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-javaagent:"))
                .map(a -> {
                    String jar = a.substring("-javaagent:".length());
                    int eq = jar.indexOf('=');
                    return Path.of(eq < 0 ? jar : jar.substring(0, eq)).getFileName().toString();
                })
                .collect(Collectors.joining(","));
        return agents.isEmpty() ? "none" : agents;
    }
}
