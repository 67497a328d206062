package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.code.CodeBlock;
import dev.ffijit.stubgen.code.ExecutableMemory;
import dev.ffijit.stubgen.move.Move;
import dev.ffijit.stubgen.plan.Op;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;

import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where {@code pthread_getspecific(key)} finds the calling thread's value, as an offset from the thread
 * pointer, so a stub can load it instead of calling getspecific. glibc keeps the values of its first 32 keys inside
 * the thread descriptor, at one offset from the thread pointer in every thread; musl, and glibc's later keys, keep
 * them behind a pointer, and then nothing is found.
 *
 * <p>Measured, never assumed: an offset qualifies only if the word there equals getspecific's answer in this thread
 * (not NULL), and, in two fresh threads, is 0 before the host makes that thread's value and equals getspecific's new
 * answer after; exactly one offset within {@link #RANGE} bytes either side may qualify, and a stub that loads it must
 * then agree with getspecific here and in a third fresh thread, before and after. Memory is read through a
 * {@link PipePeek}, so probing near the thread pointer cannot fault. Anything else answers null, and stubs keep
 * calling getspecific.
 *
 * <p>What getspecific does beyond the load is glibc's check that the key was not deleted (and a new one created in
 * its place) since the value was set. A host whose key outlives every stub that uses it never meets that case: JNA
 * deletes its key only when libjnidispatch is unloaded, which happens with its class loader, and so with every class
 * that holds a stub bound for it.
 */
final class ThreadSlotFinder {
    /** Bytes examined on each side of the thread pointer (glibc's descriptor is about 2 KiB). */
    static final int RANGE = 4096;
    private static final int WORD = 8;
    /** More candidates than this after the first thread is not a layout we can trust. */
    private static final int MAX_CANDIDATES = 64;

    /** getspecific(key) in the calling thread. */
    interface Value {
        long get() throws Throwable;
    }

    /** Makes the calling thread's value, through the host's own API. */
    interface Maker {
        void make() throws Throwable;
    }

    private final StubLinker linker;
    private final ExecutableMemory memory;
    private final Platform platform;
    private final PipePeek peek;

    ThreadSlotFinder(StubLinker linker, ExecutableMemory memory, Platform platform, PipePeek peek) {
        this.linker = linker;
        this.memory = memory;
        this.platform = platform;
        this.peek = peek;
    }

    /** The offset, or null when it cannot be trusted. The calling thread must already have its value. */
    Integer find(Value value, Maker maker) {
        if (platform.os() != Platform.Os.LINUX) return null;
        CodeBlock code = Snippets.threadPointer(memory, platform);
        try {
            MethodHandle tp = callable("threadPointer", code);
            long here = value.get();
            if (here == 0) return null;
            List<Integer> candidates = matches((long) tp.invokeExact(), here);
            if (candidates.isEmpty() || candidates.size() > MAX_CANDIDATES) return null;
            for (int round = 0; round < 2; round++) {
                long kept = FreshThread.run("ffijit-slot-probe", () -> survivors(tp, candidates, value, maker));
                List<Integer> next = new ArrayList<>();
                for (int i = 0; i < candidates.size(); i++) if ((kept >>> i & 1) != 0) next.add(candidates.get(i));
                candidates.retainAll(next);
            }
            if (candidates.size() != 1) return null;
            int offset = candidates.get(0);
            return loadAgrees(offset, value, maker) ? offset : null;
        } catch (Throwable e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return null;
        } finally {
            memory.free(code);
        }
    }

    /** Word-aligned offsets from {@code threadPointer} whose word equals {@code want}. */
    private List<Integer> matches(long threadPointer, long want) throws Throwable {
        List<Integer> out = new ArrayList<>();
        for (int off = -RANGE; off < RANGE; off += PipePeek.MAX) {
            ByteBuffer b = peek.bytes(threadPointer + off, PipePeek.MAX);
            if (b == null) continue;
            for (int i = 0; i + WORD <= b.remaining(); i += WORD) {
                if (b.getLong(i) == want) out.add(off + i);
            }
        }
        return out;
    }

    /** In a fresh thread: a bit per candidate that is 0 before the thread has a value and holds the value after. */
    private long survivors(MethodHandle tp, List<Integer> candidates, Value value, Maker maker) throws Throwable {
        long threadPointer = (long) tp.invokeExact();
        if (value.get() != 0) return 0;
        long[] before = words(threadPointer, candidates);
        maker.make();
        long now = value.get();
        if (now == 0) return 0;
        long[] after = words(threadPointer, candidates);
        long bits = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (before[i] == 0 && after[i] == now) bits |= 1L << i;
        }
        return bits;
    }

    /** The word at each candidate; an unreadable one reads as -1, which no check accepts. */
    private long[] words(long threadPointer, List<Integer> candidates) throws Throwable {
        long[] out = new long[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            ByteBuffer b = peek.bytes(threadPointer + candidates.get(i), WORD);
            out[i] = b == null || b.remaining() < WORD ? -1 : b.getLong(0);
        }
        return out;
    }

    /** The load as stubs will emit it, against getspecific: here, and in a fresh thread before and after its value. */
    private boolean loadAgrees(int offset, Value value, Maker maker) throws Throwable {
        Reg result = platform.abi().intResult();
        CodeBlock code = Snippets.install(memory, platform,
                List.of(new Op.Transfer(Move.of(result, Mem.thread(offset, WORD))), new Op.Return()));
        try {
            MethodHandle load = callable("load", code);
            long here = value.get();
            if (here == 0 || (long) load.invokeExact() != here) return false;
            return FreshThread.run("ffijit-slot-probe", () -> {
                if (value.get() != 0 || (long) load.invokeExact() != 0) return 0L;
                maker.make();
                long now = value.get();
                return now != 0 && (long) load.invokeExact() == now ? 1L : 0L;
            }) == 1L;
        } finally {
            memory.free(code);
        }
    }

    /**
     * Code that returns a word, called through a stub without errno capture: a host like JNA makes a thread's value
     * on that thread's first call through its own path, which would spoil the fresh threads.
     */
    private MethodHandle callable(String name, CodeBlock code) throws ReflectiveOperationException {
        return linker.bindOne(name, StubSpec.of(Signature.of(Param.natural(JType.LONG)), code.address()));
    }
}
