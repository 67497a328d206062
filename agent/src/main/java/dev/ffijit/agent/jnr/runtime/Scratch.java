package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.ArrayFlags;

import java.lang.ref.Cleaner;
import java.util.Arrays;

/**
 * The native memory heap data lives in for one call, as jffi gives it (its {@code alloca} or {@code malloc}
 * copies): per thread, bump-allocated and released last-in first-out, so a callback that calls C again nests. It
 * also remembers which arrays to copy back after the call, and copies them back in jffi's order (last first).
 *
 * <p>Contents follow jffi's {@code Array.c}: {@code length + 1} elements; copied in unless the flags say out-only;
 * a byte array gets a NUL after its data unless out-only; out-only memory is not initialised.
 */
public final class Scratch {
    static final int CAPACITY = 16 * 1024;
    private static final int ALIGN = 16;
    private static final int FIELD_BITS = 20;
    private static final long FIELD_MASK = (1L << FIELD_BITS) - 1;
    private static final Cleaner CLEANER = Cleaner.create();
    private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);

    private final Region arena;
    private int top;

    private Region[] overflow = new Region[4];
    private int overflowCount;

    private Object[] outArrays = new Object[8];
    private int[] outOffsets = new int[8];
    private int[] outLengths = new int[8];
    private Region[] outRegions = new Region[8];
    private int[] outPositions = new int[8];
    private int outCount;

    /** Where the last {@link #allocate} put its block. */
    private Region region;
    private int position;

    private Scratch() {
        Region r = Region.allocate(CAPACITY);
        if (r == null) throw new OutOfMemoryError("failed to allocate " + CAPACITY + " bytes of native scratch memory");
        arena = r;
        CLEANER.register(this, r::free);
    }

    /** The calling thread's scratch memory. */
    public static Scratch get() {
        return CURRENT.get();
    }

    /** The state to return to after the call. */
    public long mark() {
        return ((long) overflowCount << (2 * FIELD_BITS)) | ((long) outCount << FIELD_BITS) | top;
    }

    /** Copies back the arrays recorded since {@code mark}, last first, as jffi's {@code jffi_releaseArrays}. */
    public void copyOut(long mark) {
        int from = (int) ((mark >>> FIELD_BITS) & FIELD_MASK);
        for (int i = outCount - 1; i >= from; i--) {
            copyBack(outArrays[i], outOffsets[i], outLengths[i], outRegions[i], outPositions[i]);
        }
    }

    /** Frees everything allocated since {@code mark}. */
    public void release(long mark) {
        top = (int) (mark & FIELD_MASK);
        int outs = (int) ((mark >>> FIELD_BITS) & FIELD_MASK);
        // drop the references so copied-back arrays do not stay reachable from the thread
        while (outCount > outs) {
            outArrays[--outCount] = null;
            outRegions[outCount] = null;
        }
        int overflows = (int) (mark >>> (2 * FIELD_BITS));
        while (overflowCount > overflows) {
            overflow[--overflowCount].free();
            overflow[overflowCount] = null;
        }
    }

    public long bytes(byte[] a, int off, int len, int flags) {
        allocate(len, 1);
        if (ArrayFlags.isIn(flags)) region.bytes.put(position, a, off, len);
        if ((flags & (ArrayFlags.NULTERMINATE | ArrayFlags.IN | ArrayFlags.OUT)) != ArrayFlags.OUT) {
            region.bytes.put(position + len, (byte) 0);
        }
        return recorded(a, off, len, flags);
    }

    public long shorts(short[] a, int off, int len, int flags) {
        allocate(len, Short.BYTES);
        if (ArrayFlags.isIn(flags)) region.shorts().put(position / Short.BYTES, a, off, len);
        return recorded(a, off, len, flags);
    }

    public long chars(char[] a, int off, int len, int flags) {
        allocate(len, Character.BYTES);
        if (ArrayFlags.isIn(flags)) region.chars().put(position / Character.BYTES, a, off, len);
        return recorded(a, off, len, flags);
    }

    public long ints(int[] a, int off, int len, int flags) {
        allocate(len, Integer.BYTES);
        if (ArrayFlags.isIn(flags)) region.ints().put(position / Integer.BYTES, a, off, len);
        return recorded(a, off, len, flags);
    }

    public long longs(long[] a, int off, int len, int flags) {
        allocate(len, Long.BYTES);
        if (ArrayFlags.isIn(flags)) region.longs().put(position / Long.BYTES, a, off, len);
        return recorded(a, off, len, flags);
    }

    public long floats(float[] a, int off, int len, int flags) {
        allocate(len, Float.BYTES);
        if (ArrayFlags.isIn(flags)) region.floats().put(position / Float.BYTES, a, off, len);
        return recorded(a, off, len, flags);
    }

    public long doubles(double[] a, int off, int len, int flags) {
        allocate(len, Double.BYTES);
        if (ArrayFlags.isIn(flags)) region.doubles().put(position / Double.BYTES, a, off, len);
        return recorded(a, off, len, flags);
    }

    /** A heap object's backing array, whatever its element type (a heap Pointer's or Buffer's). */
    public long array(Object a, int off, int len, int flags) {
        if (a instanceof byte[] b) return bytes(b, off, len, flags);
        if (a instanceof int[] i) return ints(i, off, len, flags);
        if (a instanceof long[] l) return longs(l, off, len, flags);
        if (a instanceof short[] s) return shorts(s, off, len, flags);
        if (a instanceof char[] c) return chars(c, off, len, flags);
        if (a instanceof float[] f) return floats(f, off, len, flags);
        if (a instanceof double[] d) return doubles(d, off, len, flags);
        throw new IllegalArgumentException("invalid array type: " + (a == null ? "null" : a.getClass().getName()));
    }

    /**
     * An encoded string as jnr-ffi's {@code CharSequenceParameterConverter} and jffi pass it: the bytes, the
     * converter's four NUL bytes, and jffi's terminating NUL.
     */
    public long string(byte[] encoded) {
        int n = encoded.length;
        allocate(n + 4, 1);
        region.bytes.put(position, encoded, 0, n);
        region.bytes.putInt(position + n, 0);
        region.bytes.put(position + n + 4, (byte) 0);
        return region.address + position;
    }

    private long recorded(Object a, int off, int len, int flags) {
        if (ArrayFlags.isOut(flags)) {
            if (outCount == outArrays.length) growOut();
            outArrays[outCount] = a;
            outOffsets[outCount] = off;
            outLengths[outCount] = len;
            outRegions[outCount] = region;
            outPositions[outCount] = position;
            outCount++;
        }
        return region.address + position;
    }

    /** Room for {@code length + 1} elements, as jffi allocates; sets {@link #region} and {@link #position}. */
    private void allocate(int length, int elementSize) {
        long size = ((long) length + 1) * elementSize;
        if (size <= CAPACITY - top) {
            region = arena;
            position = top;
            top = (int) ((top + size + ALIGN - 1) & -ALIGN);
            return;
        }
        Region r = size <= Integer.MAX_VALUE ? Region.allocate((int) size) : null;
        if (r == null) throw new OutOfMemoryError("failed to allocate native array of " + size + " bytes");
        if (overflowCount == overflow.length) overflow = Arrays.copyOf(overflow, overflowCount * 2);
        overflow[overflowCount++] = r;
        region = r;
        position = 0;
    }

    private static void copyBack(Object a, int off, int len, Region r, int pos) {
        if (a instanceof byte[] b) r.bytes.get(pos, b, off, len);
        else if (a instanceof int[] i) r.ints().get(pos / Integer.BYTES, i, off, len);
        else if (a instanceof long[] l) r.longs().get(pos / Long.BYTES, l, off, len);
        else if (a instanceof short[] s) r.shorts().get(pos / Short.BYTES, s, off, len);
        else if (a instanceof char[] c) r.chars().get(pos / Character.BYTES, c, off, len);
        else if (a instanceof float[] f) r.floats().get(pos / Float.BYTES, f, off, len);
        else if (a instanceof double[] d) r.doubles().get(pos / Double.BYTES, d, off, len);
    }

    private void growOut() {
        int n = outArrays.length * 2;
        outArrays = Arrays.copyOf(outArrays, n);
        outOffsets = Arrays.copyOf(outOffsets, n);
        outLengths = Arrays.copyOf(outLengths, n);
        outRegions = Arrays.copyOf(outRegions, n);
        outPositions = Arrays.copyOf(outPositions, n);
    }
}
