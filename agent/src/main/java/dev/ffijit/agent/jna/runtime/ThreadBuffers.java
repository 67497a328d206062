package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Memory;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

/**
 * Native memory one platform thread uses for the arguments of its calls, so that no call pays a malloc and a
 * Cleaner for them:
 * <ul>
 *   <li>a <b>ring</b> for String and WString arguments: each string is written right after the previous one and the
 *       ring wraps, so a string's memory stays valid until at least {@link #RING_GUARANTEE} bytes of later strings
 *       were written by the same thread (docs/jna.md, "String memory");</li>
 *   <li>an <b>arena</b> for copies of primitive arrays and heap buffers, taken at the start of a call and given back
 *       at its end (nested calls, from callbacks, stack on top);</li>
 *   <li>a registry of what to copy back or keep reachable until the call ends.</li>
 * </ul>
 * Virtual threads get none (their calls with such arguments take JNA's path): a buffer per virtual thread would cost
 * far more memory than it saves.
 */
final class ThreadBuffers {
    static final int RING_BYTES = 64 * 1024;
    static final int MAX_RING_STRING = 4 * 1024;
    static final int ARENA_BYTES = 64 * 1024;
    /** A string spans less than MAX_RING_STRING bytes and a wrap leaves less than that unused at the ring's end. */
    static final int RING_GUARANTEE = RING_BYTES - 2 * MAX_RING_STRING;

    private static final MethodHandle IS_VIRTUAL = isVirtualHandle();
    /** (Memory)void that frees a block now: {@code close()} since JNA 5.12, the protected {@code dispose()} before. */
    private static final MethodHandle FREE = freeHandle();
    private static final ThreadLocal<ThreadBuffers> CURRENT = ThreadLocal.withInitial(ThreadBuffers::forCurrentThread);

    private static final int KEEP = 0, BYTES = 1, SHORTS = 2, CHARS = 3, INTS = 4, LONGS = 5, FLOATS = 6, DOUBLES = 7;

    final ByteBuffer ring;
    final long ringAddress;
    private int ringPos;

    private final ByteBuffer arena;
    private final long arenaAddress;
    private final ShortBuffer arenaShorts;
    private final CharBuffer arenaChars;
    private final IntBuffer arenaInts;
    private final LongBuffer arenaLongs;
    private final FloatBuffer arenaFloats;
    private final DoubleBuffer arenaDoubles;
    private int top;

    // the registry: what each entry copies back or keeps reachable until its call ends
    private Object[] objects = new Object[16];
    private ByteBuffer[] blocks = new ByteBuffer[16];
    private int[] offsets = new int[16];
    private int[] kinds = new int[16];
    private Memory[] owners = new Memory[16];
    private int count;

    private ThreadBuffers() {
        ring = ByteBuffer.allocateDirect(RING_BYTES).order(ByteOrder.nativeOrder());
        ringAddress = DirectBuffers.address(ring);
        arena = ByteBuffer.allocateDirect(ARENA_BYTES).order(ByteOrder.nativeOrder());
        arenaAddress = DirectBuffers.address(arena);
        arenaShorts = arena.asShortBuffer();
        arenaChars = arena.asCharBuffer();
        arenaInts = arena.asIntBuffer();
        arenaLongs = arena.asLongBuffer();
        arenaFloats = arena.asFloatBuffer();
        arenaDoubles = arena.asDoubleBuffer();
    }

    /** This thread's buffers, or null on a virtual thread. */
    static ThreadBuffers current() {
        return CURRENT.get();
    }

    /** Null on a virtual thread, and where the buffers cannot be had (a tight direct-memory limit): JNA's path. */
    private static ThreadBuffers forCurrentThread() {
        int errno = KeptErrno.save();
        try {
            if (IS_VIRTUAL != null && (boolean) IS_VIRTUAL.invokeExact(Thread.currentThread())) return null;
            return new ThreadBuffers();
        } catch (Throwable t) {
            return null;
        } finally {
            KeptErrno.restore(errno);
        }
    }

    private static MethodHandle freeHandle() {
        MethodType v = MethodType.methodType(void.class);
        try {
            return MethodHandles.publicLookup().findVirtual(Memory.class, "close", v);
        } catch (ReflectiveOperationException e) {
            try {
                return Opening.privateLookup(Memory.class).findVirtual(Memory.class, "dispose", v);
            } catch (ReflectiveOperationException e2) {
                throw new ExceptionInInitializerError(e2);
            }
        }
    }

    private static void free(Memory m) {
        try {
            FREE.invokeExact(m);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static MethodHandle isVirtualHandle() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException e) {
            return null; // before JDK 21 every thread is a platform thread
        }
    }

    // ---- the ring ----

    /** Byte offset in the ring of {@code bytes} bytes, aligned to {@code unit} (1, 2 or 4). */
    int ringReserve(int bytes, int unit) {
        int at = (ringPos + unit - 1) & -unit;
        if (at + bytes > RING_BYTES) at = 0;
        ringPos = at + bytes;
        return at;
    }

    /** Where the next reservation starts; a reservation can be taken back with {@link #ringRewind}. */
    int ringPosition() {
        return ringPos;
    }

    void ringRewind(int position) {
        ringPos = position;
    }

    // ---- a call's extent ----

    /** Where the current call's arena use and registry entries start. */
    long mark() {
        return ((long) top << 32) | count;
    }

    /** Copies every array registered since {@code mark} back, in registration order (JNI's release order). */
    void copyBack(long mark) {
        for (int i = (int) mark; i < count; i++) {
            ByteBuffer b = blocks[i];
            Object a = objects[i];
            int at = offsets[i];
            boolean own = b == arena;
            switch (kinds[i]) {
                case BYTES: b.get(at, (byte[]) a); break;
                case SHORTS: (own ? arenaShorts : b.asShortBuffer()).get(at / 2, (short[]) a); break;
                case CHARS: (own ? arenaChars : b.asCharBuffer()).get(at / 2, (char[]) a); break;
                case INTS: (own ? arenaInts : b.asIntBuffer()).get(at / 4, (int[]) a); break;
                case LONGS: (own ? arenaLongs : b.asLongBuffer()).get(at / 8, (long[]) a); break;
                case FLOATS: (own ? arenaFloats : b.asFloatBuffer()).get(at / 4, (float[]) a); break;
                case DOUBLES: (own ? arenaDoubles : b.asDoubleBuffer()).get(at / 8, (double[]) a); break;
                default: break;
            }
        }
    }

    /** Ends the call that took {@code mark}: its arena bytes and registry entries are free again. */
    void release(long mark) {
        int from = (int) mark;
        top = (int) (mark >>> 32);
        if (from == count) return;
        for (int i = from; i < count; i++) {
            if (owners[i] != null) free(owners[i]);
            owners[i] = null;
            objects[i] = null;
            blocks[i] = null;
        }
        count = from;
    }

    /** Keeps {@code o} reachable until the current call ends (JNA keeps its converted arguments so). */
    void keep(Object o) {
        register(o, null, 0, KEEP, null);
    }

    // ---- copies of primitive arrays: the whole array goes in, and comes back after the call ----

    long copyIn(byte[] a) { return copyIn(a, BYTES, a.length, 1); }
    long copyIn(short[] a) { return copyIn(a, SHORTS, a.length, 2); }
    long copyIn(char[] a) { return copyIn(a, CHARS, a.length, 2); }
    long copyIn(int[] a) { return copyIn(a, INTS, a.length, 4); }
    long copyIn(long[] a) { return copyIn(a, LONGS, a.length, 8); }
    long copyIn(float[] a) { return copyIn(a, FLOATS, a.length, 4); }
    long copyIn(double[] a) { return copyIn(a, DOUBLES, a.length, 8); }

    private long copyIn(Object array, int kind, int length, int elementSize) {
        long bytes = (long) length * elementSize;
        ByteBuffer block;
        int at;
        long address;
        Memory owner = null;
        if (top + bytes <= ARENA_BYTES) {
            block = arena;
            at = top;
            address = arenaAddress + at;
            top = (int) ((top + bytes + 7) & ~7);
        } else {
            // too big for the arena: a block of its own, freed when the call ends
            owner = new Memory(bytes);
            block = owner.getByteBuffer(0, bytes).order(ByteOrder.nativeOrder());
            at = 0;
            address = com.sun.jna.Pointer.nativeValue(owner);
        }
        boolean own = block == arena;
        switch (kind) {
            case BYTES: block.put(at, (byte[]) array); break;
            case SHORTS: (own ? arenaShorts : block.asShortBuffer()).put(at / 2, (short[]) array); break;
            case CHARS: (own ? arenaChars : block.asCharBuffer()).put(at / 2, (char[]) array); break;
            case INTS: (own ? arenaInts : block.asIntBuffer()).put(at / 4, (int[]) array); break;
            case LONGS: (own ? arenaLongs : block.asLongBuffer()).put(at / 8, (long[]) array); break;
            case FLOATS: (own ? arenaFloats : block.asFloatBuffer()).put(at / 4, (float[]) array); break;
            case DOUBLES: (own ? arenaDoubles : block.asDoubleBuffer()).put(at / 8, (double[]) array); break;
            default: throw new IllegalArgumentException("kind " + kind);
        }
        register(array, block, at, kind, owner);
        return address;
    }

    /** Scratch bytes in the arena for the current call (at the returned offset), or -1 if they do not fit. */
    int scratch(int n) {
        if (top + n > ARENA_BYTES) return -1;
        int at = top;
        top = (top + n + 7) & ~7;
        return at;
    }

    ByteBuffer arena() { return arena; }
    long arenaAddress() { return arenaAddress; }

    private void register(Object o, ByteBuffer block, int at, int kind, Memory owner) {
        if (count == objects.length) {
            int n = count * 2;
            objects = Arrays.copyOf(objects, n);
            blocks = Arrays.copyOf(blocks, n);
            offsets = Arrays.copyOf(offsets, n);
            kinds = Arrays.copyOf(kinds, n);
            owners = Arrays.copyOf(owners, n);
        }
        objects[count] = o;
        blocks[count] = block;
        offsets[count] = at;
        kinds[count] = kind;
        owners[count] = owner;
        count++;
    }

}
