package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.code.ExecutableMemory;
import dev.ffijit.stubgen.code.NativeAccess;
import dev.ffijit.stubgen.plan.ErrnoCapture;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;

import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * Finds where a host library keeps a thread's "last error" when it keeps it as {@code pthread_getspecific(key)}
 * plus an offset (JNA: {@code thread_storage.last_error}, behind a static key of libjnidispatch that nothing exports),
 * so stubs can store errno there with one getspecific call instead of the host's save function (for JNA three calls
 * deep, about 5 ns more per call on the benchmark machine).
 *
 * <p>Found by experiment, never by layout knowledge: the host's own API sets its last error to a random value, and a
 * (key, offset) qualifies only if the int there follows three such values in a row; exactly one may qualify, and it
 * must hold in a fresh thread too. Candidate cells are read through a {@link PipePeek}, so a key holding something
 * other than a pointer is harmless. Nothing between setting a value and reading the candidates goes through the
 * host's call path (which would overwrite the value): getspecific, write and read run on stubs of their own without
 * errno capture. Then {@link ThreadSlotFinder} looks for where getspecific finds the key's value, so stubs can load
 * it instead of calling getspecific. Linux only; anything unexpected answers null, and stubs keep calling the host's
 * save function.
 */
public final class HostSlotFinder {
    /** PTHREAD_KEYS_MAX on glibc and musl. */
    private static final int KEYS = 1024;
    /** Bytes examined from the start of each candidate block: the cell sits near it (JNA: offset 8). */
    private static final int SPAN = 64;
    private static final int ROUNDS = 3;

    private final NativeAccess access;
    private final StubLinker linker;
    private final ExecutableMemory memory;
    private final Platform platform;

    HostSlotFinder(NativeAccess access, StubLinker linker, ExecutableMemory memory, Platform platform) {
        this.access = access;
        this.linker = linker;
        this.memory = memory;
        this.platform = platform;
    }

    /** The host's cell, or null. {@code set}/{@code get} are the host's own API for its last error. */
    public ErrnoCapture.HostSlot find(IntConsumer set, IntSupplier get) {
        if (platform.os() != Platform.Os.LINUX) return null;
        long getspecific = access.symbol("pthread_getspecific");
        long write = access.symbol("write"), read = access.symbol("read");
        if (getspecific == 0 || write == 0 || read == 0) return null;
        try {
            Probes p = bind(getspecific, write, read);
            try (PipePeek peek = PipePeek.open(access, p.write, p.read)) {
                if (peek == null) return null;
                Reader reader = new Reader(peek);
                Random random = new Random();
                int[] found = candidates(p, reader, set, get, random);
                if (found == null) return null;
                int key = found[0], offset = found[1];
                int probe = nonZero(random);
                long agrees = FreshThread.run("ffijit-errno-slot-probe", () -> {
                    set.accept(probe);
                    int[] cell = reader.ints((long) p.getspecific.invokeExact(key));
                    return cell != null && offset / 4 < cell.length && cell[offset / 4] == probe ? 1 : 0;
                });
                if (agrees != 1) return null;
                MethodHandle gs = p.getspecific;
                Integer threadSlot = new ThreadSlotFinder(linker, memory, platform, peek).find(
                        () -> (long) gs.invokeExact(key), () -> set.accept(nonZero(random)));
                return new ErrnoCapture.HostSlot(getspecific, key, offset, threadSlot);
            }
        } catch (Throwable e) {
            return null;
        }
    }

    /** Every (key, offset) whose int follows {@link #ROUNDS} random values set through the host; null unless one. */
    private static int[] candidates(Probes p, Reader reader, IntConsumer set, IntSupplier get, Random random) throws Throwable {
        List<int[]> alive = null;
        for (int round = 0; round < ROUNDS; round++) {
            int value = nonZero(random);
            set.accept(value);
            List<int[]> next = new ArrayList<>();
            if (alive == null) {
                for (int k = 0; k < KEYS; k++) {
                    long block = (long) p.getspecific.invokeExact(k);
                    if (block == 0) continue;
                    int[] ints = reader.ints(block);
                    if (ints == null) continue;
                    for (int i = 0; i < ints.length; i++) if (ints[i] == value) next.add(new int[] {k, 4 * i});
                }
            } else {
                for (int[] c : alive) {
                    int[] ints = reader.ints((long) p.getspecific.invokeExact(c[0]));
                    if (ints != null && c[1] / 4 < ints.length && ints[c[1] / 4] == value) next.add(c);
                }
            }
            if (get.getAsInt() != value) return null; // the host's API does not do what we assume
            alive = next;
        }
        return alive.size() == 1 ? alive.get(0) : null;
    }

    private static int nonZero(Random r) {
        int v;
        do v = r.nextInt(); while (v == 0 || v == -1);
        return v;
    }

    /** getspecific, write and read on stubs without errno capture, so calling them leaves the host alone. */
    private record Probes(MethodHandle getspecific, MethodHandle write, MethodHandle read) {}

    private Probes bind(long getspecific, long write, long read) throws ReflectiveOperationException {
        Param word = Param.natural(JType.LONG);
        Signature gs = Signature.of(word, Param.of(JType.INT, CType.UINT32));
        Signature io = Signature.of(word, Param.of(JType.INT, CType.SINT32), word, word);
        return new Probes(linker.bindOne("getspecific", StubSpec.of(gs, getspecific)),
                linker.bindOne("write", StubSpec.of(io, write)), linker.bindOne("read", StubSpec.of(io, read)));
    }

    /** The ints in the first {@link #SPAN} bytes at an address, through a {@link PipePeek}. */
    private static final class Reader {
        private final PipePeek peek;

        Reader(PipePeek peek) {
            this.peek = peek;
        }

        /** The whole ints readable at {@code address}, or null when none is. */
        int[] ints(long address) throws Throwable {
            ByteBuffer b = peek.bytes(address, SPAN);
            if (b == null || b.remaining() < 4) return null;
            int[] out = new int[b.remaining() / 4];
            for (int i = 0; i < out.length; i++) out[i] = b.getInt();
            return out;
        }
    }
}
