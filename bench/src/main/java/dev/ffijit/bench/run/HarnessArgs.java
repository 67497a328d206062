package dev.ffijit.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Command line of {@link BenchMain}. */
final class HarnessArgs {
    static final String USAGE = """
            usage: BenchMain [--quick | --full] [options]
              --quick               CI mode: every row, 1 fork, tiny iterations (default)
              --full                README mode: 3 forks, 3 × 1 s warm-up, 5 × 1 s measurement
              --agent PATH          ffijit agent jar (default <repo>/agent/target/ffijit-agent.jar;
                                    also -Dbench.agent=PATH)
              --agent-jvm-arg ARG   extra JVM argument for the with-agent forks only (repeatable)
              --jvm-arg ARG         extra JVM argument for every fork (repeatable)
              --out DIR             output directory (default bench/results)
              --only REGEX          run only benchmarks whose Class.method matches (find), e.g. 'labs|crc32'
              --forks N, --warmup N, --iterations N, --time MS   override the mode's JMH settings
            """;

    RunSettings settings = RunSettings.quick();
    Path agentJar = Path.of(System.getProperty("bench.agent", ModuleLayout.defaultAgentJar().toString()));
    final List<String> agentJvmArgs = new ArrayList<>();
    final List<String> jvmArgs = new ArrayList<>();
    Path outDir = ModuleLayout.defaultResultsDirectory();
    Pattern only;

    static HarnessArgs parse(String[] args) {
        HarnessArgs h = new HarnessArgs();
        Integer forks = null, warmup = null, iterations = null, time = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> h.settings = RunSettings.quick();
                case "--full" -> h.settings = RunSettings.full();
                case "--agent" -> h.agentJar = Path.of(value(args, ++i, a));
                case "--agent-jvm-arg" -> h.agentJvmArgs.add(value(args, ++i, a));
                case "--jvm-arg" -> h.jvmArgs.add(value(args, ++i, a));
                case "--out" -> h.outDir = Path.of(value(args, ++i, a));
                case "--only" -> h.only = Pattern.compile(value(args, ++i, a));
                case "--forks" -> forks = Integer.parseInt(value(args, ++i, a));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
                case "--iterations" -> iterations = Integer.parseInt(value(args, ++i, a));
                case "--time" -> time = Integer.parseInt(value(args, ++i, a));
                case "-h", "--help" -> throw new UsageException("");
                default -> throw new UsageException("unknown argument: " + a);
            }
        }
        // overrides apply to whichever mode was chosen, wherever they stand on the line
        if (forks != null) {
            h.settings = h.settings.withForks(forks);
        }
        if (warmup != null) {
            h.settings = h.settings.withWarmupIterations(warmup);
        }
        if (iterations != null) {
            h.settings = h.settings.withMeasurementIterations(iterations);
        }
        if (time != null) {
            h.settings = h.settings.withIterationMillis(time);
        }
        return h;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
