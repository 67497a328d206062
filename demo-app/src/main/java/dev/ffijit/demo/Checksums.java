package dev.ffijit.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the demo computed. Every field is deterministic for a given input, so the result
 * lines of a run with the agent must equal those of a run without it.
 *
 * @param streamCrc   crc32 of all payloads, concatenated
 * @param runCrcXor   XOR of the crc32 of each run (each file, in directory mode)
 * @param blockCrc    crc32 of all payloads, each followed by a NUL byte (the native block layout)
 * @param amountSum   sum of strtol(payload, 10) over all records
 * @param parsedChars characters strtol consumed, over all records
 */
record Checksums(long records, long bytes, long keyBytes,
                 long ascending, long equal, long descending, long runs, long groups,
                 long streamCrc, long runCrcXor, long blockCrc, long blocks,
                 long duplicates, long amountSum, long parsedChars,
                 long clockSamples, boolean clockSane,
                 Map<NativeFunction, Long> calls) {

    static final String PREFIX = "result: ";

    long nativeCalls() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    List<String> resultLines() {
        List<String> lines = new ArrayList<>();
        lines.add(PREFIX + "records=" + records + " bytes=" + bytes + " key_bytes=" + keyBytes);
        lines.add(PREFIX + "key_order ascending=" + ascending + " equal=" + equal + " descending=" + descending);
        lines.add(PREFIX + "runs=" + runs + " groups=" + groups);
        lines.add(PREFIX + "crc32=" + hex(streamCrc) + " run_crc32_xor=" + hex(runCrcXor)
                + " block_crc32=" + hex(blockCrc) + " blocks=" + blocks);
        lines.add(PREFIX + "duplicates=" + duplicates);
        lines.add(PREFIX + "amount_sum=" + amountSum + " parsed_chars=" + parsedChars);
        lines.add(PREFIX + "clock_samples=" + clockSamples + " clock_ok=" + clockSane);
        StringBuilder perFunction = new StringBuilder(PREFIX).append("native_calls=").append(nativeCalls());
        calls.forEach((f, n) -> perFunction.append(' ').append(f.label()).append('=').append(n));
        lines.add(perFunction.toString());
        return lines;
    }

    static String hex(long checksum) {
        return String.format(Locale.ROOT, "%08x", checksum);
    }
}
