package dev.ffijit.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The demo's results computed in plain Java (java.util.zip, String methods), without any
 * native call, to check what the native pipeline computes. Assumes ASCII keys, for which
 * String.compareTo has the sign of strcmp.
 */
final class JavaReference {
    long records;
    long bytes;
    long keyBytes;
    long ascending;
    long equal;
    long descending;
    long runs;
    long groups;
    long duplicates;
    long amountSum;
    long parsedChars;
    long nonEmptyRecords;
    final CRC32 stream = new CRC32();
    final CRC32 block = new CRC32();
    long runCrcXor;
    /** crc32 per run key; keys of the tests' inputs are not repeated in separate runs. */
    final Map<String, Long> runCrcs = new LinkedHashMap<>();

    private final Deque<byte[]> window = new ArrayDeque<>();
    private String previousKey;
    private CRC32 run;

    static JavaReference of(RecordSource source) throws Exception {
        JavaReference ref = new JavaReference();
        for (Record r = source.next(); r != null; r = source.next()) {
            ref.add(r);
        }
        ref.finish();
        return ref;
    }

    private void add(Record r) {
        String key = r.key();
        byte[] data = r.data();
        records++;
        bytes += data.length;
        keyBytes += key.getBytes(StandardCharsets.UTF_8).length;
        if (previousKey == null) {
            runs = 1;
            groups = 1;
            run = new CRC32();
        } else {
            int order = Integer.signum(previousKey.compareTo(key));
            if (order == 0) {
                equal++;
            } else {
                if (order < 0) {
                    ascending++;
                } else {
                    descending++;
                }
                endRun();
                runs++;
                int slash = key.indexOf('/');
                String group = slash < 0 ? key : key.substring(0, slash + 1);
                if (!previousKey.startsWith(group)) {
                    groups++;
                }
            }
        }
        previousKey = key;

        stream.update(data);
        run.update(data);
        block.update(data);
        block.update(0);
        if (data.length > 0) {
            nonEmptyRecords++;
            if (window.stream().anyMatch(earlier -> Arrays.equals(earlier, data))) {
                duplicates++;
            }
            window.addLast(data);
            if (window.size() > DuplicateWindow.SIZE) {
                window.removeFirst();
            }
        }
        parseAmount(data);
    }

    /** Digits up to the first non-digit: what strtol(.., 10) makes of the synthetic payloads. */
    private void parseAmount(byte[] data) {
        long value = 0;
        int i = 0;
        while (i < data.length && data[i] >= '0' && data[i] <= '9') {
            value = value * 10 + (data[i] - '0');
            i++;
        }
        amountSum += value;
        parsedChars += i;
    }

    private void endRun() {
        runCrcs.put(previousKey, run.getValue());
        runCrcXor ^= run.getValue();
        run = new CRC32();
    }

    private void finish() {
        if (previousKey != null) {
            endRun();
        }
    }
}
