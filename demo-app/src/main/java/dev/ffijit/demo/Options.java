package dev.ffijit.demo;

import java.nio.file.Path;

/** The command line, parsed. */
final class Options {
    static final long QUICK_RECORDS = 100_000;
    static final long DEFAULT_RECORDS = 750_000;
    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_CHUNK = 64;
    static final int DEFAULT_BLOCK = 64;

    static final String USAGE = String.join("\n",
            "Usage: java -cp ffijit-demo.jar dev.ffijit.demo.Main [options]",
            "",
            "Checksums a stream of small records with many small JNA calls into libc and zlib,",
            "then prints the results (lines starting with 'result:', deterministic) and the",
            "speed (lines starting with 'throughput:'). Lines starting with 'env:' describe the JVM.",
            "",
            "Input (default: a synthetic record stream, the same on every machine):",
            "  --records N    number of synthetic records (default " + DEFAULT_RECORDS
                    + ", 10-20 s without the agent",
            "                 on a small 2-core x86-64 VM with JDK 17)",
            "  --quick        a small workload for CI: " + QUICK_RECORDS + " synthetic records",
            "  --seed N       seed of the synthetic stream (default " + DEFAULT_SEED + ")",
            "  --dir PATH     checksum the regular files under PATH instead, in path order",
            "                 (symbolic links are skipped); each chunk of a file is a record",
            "                 keyed by the file's relative path",
            "  --chunk N      bytes per record with --dir (1.." + DirectoryRecords.MAX_CHUNK
                    + ", default " + DEFAULT_CHUNK + ")",
            "",
            "Processing and output:",
            "  --block N      records per native block: strtol/memcpy target, one crc32 over",
            "                 native memory and one clock_gettime per block (default " + DEFAULT_BLOCK + ")",
            "  --list         also print one result line per run of same-key records",
            "                 (per file with --dir): crc32, records, bytes, key",
            "  -h, --help     print this help",
            "",
            "Exit status: 0 on success, 1 if the input cannot be read or a library is missing,",
            "2 on a usage error.");

    long records = DEFAULT_RECORDS;
    long seed = DEFAULT_SEED;
    Path dir;
    int chunk = DEFAULT_CHUNK;
    int block = DEFAULT_BLOCK;
    boolean list;
    boolean help;

    static Options parse(String... args) {
        Options o = new Options();
        boolean quick = false;
        boolean recordsGiven = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> o.help = true;
                case "--quick" -> quick = true;
                case "--list" -> o.list = true;
                case "--records" -> {
                    o.records = parseLong(arg, value(args, ++i, arg), 0, Long.MAX_VALUE);
                    recordsGiven = true;
                }
                case "--seed" -> o.seed = parseLong(arg, value(args, ++i, arg), Long.MIN_VALUE, Long.MAX_VALUE);
                case "--dir" -> o.dir = Path.of(value(args, ++i, arg));
                case "--chunk" -> o.chunk = (int) parseLong(arg, value(args, ++i, arg), 1, DirectoryRecords.MAX_CHUNK);
                case "--block" -> o.block = (int) parseLong(arg, value(args, ++i, arg), 1, 1 << 16);
                default -> throw new UsageException("unknown option: " + arg);
            }
        }
        if (quick && recordsGiven) {
            throw new UsageException("--quick and --records are exclusive");
        }
        if (o.dir != null && (quick || recordsGiven)) {
            throw new UsageException("--dir reads files; --quick and --records apply to the synthetic stream");
        }
        if (quick) {
            o.records = QUICK_RECORDS;
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static long parseLong(String option, String text, long min, long max) {
        long v;
        try {
            v = Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, got '" + text + "'");
        }
        if (v < min || v > max) {
            throw new UsageException(option + " must be in " + min + ".." + max + ", got " + v);
        }
        return v;
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
