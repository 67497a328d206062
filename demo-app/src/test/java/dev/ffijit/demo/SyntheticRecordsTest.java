package dev.ffijit.demo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticRecordsTest {
    private static List<Record> all(SyntheticRecords source) {
        List<Record> records = new ArrayList<>();
        for (Record r = source.next(); r != null; r = source.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void sameSeedGivesTheSameStream() {
        List<Record> a = all(new SyntheticRecords(42, 500));
        List<Record> b = all(new SyntheticRecords(42, 500));
        assertEquals(500, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).key(), b.get(i).key());
            assertArrayEquals(a.get(i).data(), b.get(i).data());
        }
    }

    @Test
    void differentSeedsGiveDifferentStreams() {
        Record a = new SyntheticRecords(1, 1).next();
        Record b = new SyntheticRecords(2, 1).next();
        assertFalse(Arrays.equals(a.data(), b.data()));
    }

    /** Pins the stream itself: a change here changes every published result of the demo. */
    @Test
    void firstRecordOfTheDefaultSeedIsStable() {
        Record first = new SyntheticRecords(Options.DEFAULT_SEED, 1).next();
        assertEquals("t00/obj-00000001", first.key());
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(first.data());
        assertEquals(FIRST_RECORD_CRC32, crc.getValue());
    }

    private static final long FIRST_RECORD_CRC32 = 0xcfcc2bd1L;

    /** Known answers of SplitMix64 for seed 0, as published with the reference implementation. */
    @Test
    void generatorIsSplitMix64() {
        SplitMix64 g = new SplitMix64(0);
        assertEquals(0xe220a8397b1dcdafL, g.nextLong());
        assertEquals(0x6e789e6aa1b965f4L, g.nextLong());
        assertEquals(0x06c45d188009454fL, g.nextLong());
    }

    @Test
    void recordsHaveTheDocumentedShape() {
        SyntheticRecords source = new SyntheticRecords(3, 2000);
        for (Record r = source.next(); r != null; r = source.next()) {
            assertTrue(r.key().matches("t\\d\\d/obj-\\d{8}"), r.key());
            int length = r.data().length;
            assertTrue(length >= SyntheticRecords.MIN_LENGTH && length <= SyntheticRecords.MAX_LENGTH);
            String head = new String(r.data(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(head.matches("(?s)\\d{1,6}:.*"), head);
        }
        assertNull(source.next());
    }
}
