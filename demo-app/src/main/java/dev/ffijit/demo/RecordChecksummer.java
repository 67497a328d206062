package dev.ffijit.demo;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import dev.ffijit.demo.lib.LibC;
import dev.ffijit.demo.lib.LibCDirect;
import dev.ffijit.demo.lib.Zlib;
import dev.ffijit.demo.lib.ZlibDirect;

import java.nio.charset.Charset;

/**
 * The work of the demo: checksums and statistics of a record stream, computed by many
 * small calls into libc and zlib through both JNA mappings. For every record it calls
 * strlen and strcmp on the key, crc32 twice and adler32 on the payload, memcpy and strtol
 * into the native block, plus strncmp when the key changes and memcmp on a likely
 * duplicate. Empty payloads skip the payload calls: there is nothing to checksum.
 */
final class RecordChecksummer {
    private static final Charset JNA_STRING_CHARSET = Charset.forName(Native.getDefaultStringEncoding());

    private final CallCounter calls = new CallCounter();
    private final ClockSampler clock = new ClockSampler(calls);
    private final DuplicateWindow duplicates = new DuplicateWindow(calls);
    private final RecordBlock block;
    private final RunListener runListener;

    private long records;
    private long bytes;
    private long keyBytes;
    private long ascending;
    private long equal;
    private long descending;
    private long runs;
    private long groups;
    private long duplicateRecords;
    private long streamCrc;
    private long runCrcXor;

    private String previousKey;
    private long runCrc;
    private long runRecords;
    private long runBytes;

    RecordChecksummer(int blockRecords, int maxRecordLength, RunListener runListener) {
        this.block = new RecordBlock(blockRecords, maxRecordLength, calls, clock);
        this.runListener = runListener;
        clock.sample(); // the first block's duration is measured from here
    }

    void accept(Record record) {
        String key = record.key();
        byte[] data = record.data();

        calls.count(NativeFunction.STRLEN);
        keyBytes += LibC.INSTANCE.strlen(key).longValue();
        trackKey(key);

        if (data.length > 0) {
            calls.count(NativeFunction.CRC32_ARRAY);
            runCrc = Zlib.INSTANCE.crc32(new NativeLong(runCrc), data, data.length).longValue();
            calls.count(NativeFunction.CRC32_DIRECT);
            streamCrc = ZlibDirect.crc32(streamCrc, data, data.length);
            if (duplicates.checkAndAdd(data)) {
                duplicateRecords++;
            }
        }
        block.append(data);

        records++;
        bytes += data.length;
        runRecords++;
        runBytes += data.length;
    }

    /** Order statistics, and run and group boundaries, from comparing each key with the previous one. */
    private void trackKey(String key) {
        if (previousKey == null) {
            runs = 1;
            groups = 1;
        } else {
            calls.count(NativeFunction.STRCMP);
            int order = LibC.INSTANCE.strcmp(previousKey, key);
            if (order == 0) {
                equal++;
            } else {
                if (order < 0) {
                    ascending++;
                } else {
                    descending++;
                }
                completeRun();
                runs++;
                calls.count(NativeFunction.STRNCMP);
                if (LibCDirect.strncmp(previousKey, key, groupPrefixLength(key)) != 0) {
                    groups++;
                }
            }
        }
        previousKey = key;
    }

    /**
     * A key's group is its first path segment including the '/', or the whole key. strncmp
     * counts bytes, so the prefix is measured in the encoding JNA passes Strings in.
     */
    static int groupPrefixLength(String key) {
        int slash = key.indexOf('/');
        String prefix = slash < 0 ? key : key.substring(0, slash + 1);
        return prefix.getBytes(JNA_STRING_CHARSET).length;
    }

    private void completeRun() {
        runListener.runCompleted(previousKey, runCrc, runRecords, runBytes);
        runCrcXor ^= runCrc;
        runCrc = 0;
        runRecords = 0;
        runBytes = 0;
    }

    /** Ends the last run and block; call once, after the last record. */
    Checksums finish() {
        if (previousKey != null) {
            completeRun();
        }
        block.flush();
        return new Checksums(records, bytes, keyBytes, ascending, equal, descending,
                previousKey == null ? 0 : runs, previousKey == null ? 0 : groups,
                streamCrc, runCrcXor, block.crc(), block.blocks(), duplicateRecords,
                block.amountSum(), block.parsedChars(), clock.samples(), clock.sane(),
                calls.snapshot());
    }

    /** Timing of the blocks as measured through clock_gettime; not a result. */
    String blockDurations() {
        return clock.durationsMicros();
    }

    long nativeCalls() {
        return calls.total();
    }
}
