package dev.ffijit.demo;

import java.nio.charset.StandardCharsets;

/**
 * A reproducible stream of small records, shaped like an object store's change log:
 * keys {@code tNN/obj-NNNNNNNN} that mostly ascend, objects of one to three parts, and
 * payloads that start with a decimal amount ({@code 123456:}) followed by binary bytes.
 * About one record in ten repeats a recent payload, so that duplicate detection finds
 * something.
 */
final class SyntheticRecords implements RecordSource {
    static final int MIN_LENGTH = 16;
    static final int MAX_LENGTH = 120;
    static final int TENANTS = 16;
    /** Duplicates copy one of this many most recent payloads (smaller than DuplicateWindow's). */
    static final int REPEAT_DISTANCE = 32;

    private final long seed;
    private final long count;
    private final SplitMix64 random;
    private final byte[][] recent = new byte[REPEAT_DISTANCE][];
    private long produced;
    private int recentCount;
    private int recentNext;
    private int tenant;
    private long nextObjectId = 1;
    private String key;
    private int partsLeft;

    SyntheticRecords(long seed, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("record count must not be negative: " + count);
        }
        this.seed = seed;
        this.count = count;
        this.random = new SplitMix64(seed);
    }

    @Override
    public Record next() {
        if (produced == count) {
            return null;
        }
        produced++;
        if (partsLeft == 0) {
            key = nextKey();
            partsLeft = 1 + random.nextInt(3);
        }
        partsLeft--;
        byte[] data;
        if (recentCount > 0 && random.nextInt(10) == 0) {
            data = recent[random.nextInt(recentCount)].clone();
        } else {
            data = newPayload();
        }
        recent[recentNext] = data;
        recentNext = (recentNext + 1) % REPEAT_DISTANCE;
        recentCount = Math.min(recentCount + 1, REPEAT_DISTANCE);
        return new Record(key, data);
    }

    private String nextKey() {
        if (random.nextInt(8) == 0) {
            tenant = random.nextInt(TENANTS);
        }
        long id;
        if (random.nextInt(32) == 0) {
            id = 1 + random.nextInt((int) Math.min(nextObjectId, Integer.MAX_VALUE)); // a late arrival
        } else {
            id = nextObjectId;
            nextObjectId += 1 + random.nextInt(3);
        }
        StringBuilder sb = new StringBuilder(16).append('t');
        appendPadded(sb, tenant, 2);
        sb.append("/obj-");
        appendPadded(sb, id, 8);
        return sb.toString();
    }

    private static void appendPadded(StringBuilder sb, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    private byte[] newPayload() {
        byte[] data = new byte[MIN_LENGTH + random.nextInt(MAX_LENGTH - MIN_LENGTH + 1)];
        byte[] amount = (random.nextInt(1_000_000) + ":").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(amount, 0, data, 0, amount.length);
        random.nextBytes(data, amount.length, data.length);
        return data;
    }

    @Override
    public int maxRecordLength() {
        return MAX_LENGTH;
    }

    @Override
    public String description() {
        return "synthetic seed=" + seed + " records=" + count;
    }
}
