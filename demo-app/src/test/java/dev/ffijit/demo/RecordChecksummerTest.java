package dev.ffijit.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordChecksummerTest {
    private static final int BLOCK = 64;

    private static Checksums checksum(RecordSource source, RunListener listener) throws IOException {
        RecordChecksummer checksummer = new RecordChecksummer(BLOCK, source.maxRecordLength(), listener);
        for (Record r = source.next(); r != null; r = source.next()) {
            checksummer.accept(r);
        }
        return checksummer.finish();
    }

    @Test
    void syntheticStreamMatchesPureJavaComputation() throws Exception {
        long count = 20_000;
        Checksums c = checksum(new SyntheticRecords(7, count), RunListener.NONE);
        JavaReference ref = JavaReference.of(new SyntheticRecords(7, count));

        // The stream must exercise every branch, or the comparisons below prove little.
        assertTrue(ref.equal > 1000 && ref.ascending > 1000 && ref.descending > 100, "key order mix");
        assertTrue(ref.duplicates > 1000, "duplicates present");
        assertTrue(ref.groups > 100 && ref.groups < ref.runs, "groups span several runs");

        assertEquals(count, c.records());
        assertEquals(ref.bytes, c.bytes());
        assertEquals(ref.keyBytes, c.keyBytes());
        assertEquals(ref.ascending, c.ascending());
        assertEquals(ref.equal, c.equal());
        assertEquals(ref.descending, c.descending());
        assertEquals(ref.runs, c.runs());
        assertEquals(ref.groups, c.groups());
        assertEquals(ref.stream.getValue(), c.streamCrc());
        assertEquals(ref.runCrcXor, c.runCrcXor());
        assertEquals(ref.block.getValue(), c.blockCrc());
        assertEquals((count + BLOCK - 1) / BLOCK, c.blocks());
        assertEquals(ref.duplicates, c.duplicates());
        assertEquals(ref.amountSum, c.amountSum());
        assertEquals(ref.parsedChars, c.parsedChars());
        assertEquals(c.blocks() + 1, c.clockSamples());
        assertTrue(c.clockSane());
    }

    @Test
    void callCountsFollowThePerRecordPipeline() throws Exception {
        long count = 3_000;
        Checksums c = checksum(new SyntheticRecords(11, count), RunListener.NONE);
        JavaReference ref = JavaReference.of(new SyntheticRecords(11, count));
        Map<NativeFunction, Long> calls = c.calls();

        assertEquals(count, calls.get(NativeFunction.STRLEN));
        assertEquals(count - 1, calls.get(NativeFunction.STRCMP));
        assertEquals(ref.runs - 1, calls.get(NativeFunction.STRNCMP));
        assertEquals(ref.nonEmptyRecords, calls.get(NativeFunction.CRC32_ARRAY));
        assertEquals(ref.nonEmptyRecords, calls.get(NativeFunction.CRC32_DIRECT));
        assertEquals(ref.nonEmptyRecords, calls.get(NativeFunction.ADLER32_DIRECT));
        assertEquals(ref.nonEmptyRecords, calls.get(NativeFunction.MEMCPY));
        assertEquals(count, calls.get(NativeFunction.STRTOL));
        assertEquals(c.blocks(), calls.get(NativeFunction.CRC32_POINTER));
        assertEquals(c.blocks(), calls.get(NativeFunction.MEMSET));
        assertEquals(c.clockSamples(), calls.get(NativeFunction.CLOCK_GETTIME));
        // memcmp runs once per adler32 match; every duplicate is one, plus rare false candidates.
        assertTrue(calls.get(NativeFunction.MEMCMP) >= ref.duplicates);
        assertEquals(calls.values().stream().mapToLong(Long::longValue).sum(), c.nativeCalls());
    }

    @Test
    void directoryTreeGivesPerFileCrc32(@TempDir Path root) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.txt", "1234 apples\n".getBytes(StandardCharsets.US_ASCII));
        files.put("b/empty", new byte[0]);
        files.put("b/c/big.bin", pattern(1000));
        files.put("b/exact", pattern(128)); // exactly two chunks
        files.put("z", "  -42 and more".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }

        Map<String, Long> listed = new LinkedHashMap<>();
        Checksums c;
        try (DirectoryRecords source = new DirectoryRecords(root, "tree", 64)) {
            c = checksum(source, (key, crc32, records, bytes) -> listed.put(key, crc32));
        }

        assertEquals(List.of("a.txt", "b/c/big.bin", "b/empty", "b/exact", "z"),
                List.copyOf(listed.keySet()), "files in path order");
        long total = 0;
        CRC32 all = new CRC32();
        for (String key : listed.keySet()) {
            byte[] content = files.get(key);
            CRC32 crc = new CRC32();
            crc.update(content);
            assertEquals(crc.getValue(), listed.get(key), key);
            all.update(content);
            total += content.length;
        }
        assertEquals(total, c.bytes());
        assertEquals(all.getValue(), c.streamCrc());
        assertEquals(5, c.runs());
        // chunks: a.txt 1, big.bin 16, empty 1, exact 2, z 1
        assertEquals(21, c.records());
        assertEquals(21 - 5, c.equal());
        assertEquals(4, c.ascending());
        assertEquals(3, c.groups(), "groups a.txt, b/, z");
        // strtol at each chunk start: 1234 from a.txt, -42 from z (after skipping blanks)
        assertEquals(1234 - 42, c.amountSum());
        // the empty file's record skips the payload calls
        assertEquals(20, c.calls().get(NativeFunction.CRC32_DIRECT));
    }

    /** Bytes without leading digits, whitespace or signs, so that strtol parses nothing from them. */
    private static byte[] pattern(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }
}
