package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.code.NativeAccess;
import dev.ffijit.stubgen.plan.ErrnoCapture;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;

import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * must hold in a fresh thread too. Candidate cells are read by {@code write}-ing them into a pipe of our own and
 * reading them back: the kernel reports an unmapped address as EFAULT instead of faulting (so does qemu's user mode,
 * which lacks {@code process_vm_readv}), so a key holding something other than a pointer is harmless. Nothing between
 * setting a value and reading the candidates goes through the host's call path (which would overwrite the value):
 * getspecific, write and read run on stubs of their own without errno capture. Linux only; anything unexpected
 * answers null, and stubs keep calling the host's save function.
 */
public final class HostSlotFinder {
    /** PTHREAD_KEYS_MAX on glibc and musl. */
    private static final int KEYS = 1024;
    /** Bytes examined from the start of each candidate block: the cell sits near it (JNA: offset 8). */
    private static final int SPAN = 64;
    private static final int ROUNDS = 3;

    private final NativeAccess access;
    private final StubLinker linker;
    private final Platform platform;

    HostSlotFinder(NativeAccess access, StubLinker linker, Platform platform) {
        this.access = access;
        this.linker = linker;
        this.platform = platform;
    }

    /** The host's cell, or null. {@code set}/{@code get} are the host's own API for its last error. */
    public ErrnoCapture.HostSlot find(IntConsumer set, IntSupplier get) {
        if (platform.os() != Platform.Os.LINUX) return null;
        long getspecific = access.symbol("pthread_getspecific");
        long write = access.symbol("write"), read = access.symbol("read");
        long pipe = access.symbol("pipe"), close = access.symbol("close");
        long malloc = access.symbol("malloc"), free = access.symbol("free");
        if (getspecific == 0 || write == 0 || read == 0 || pipe == 0 || close == 0 || malloc == 0 || free == 0) {
            return null;
        }
        try {
            Probes p = bind(getspecific, write, read);
            long buf = access.call(malloc, 8 + SPAN);
            if (buf == 0) return null;
            if ((int) access.call(pipe, buf) != 0) {
                access.call(free, buf);
                return null;
            }
            ByteBuffer fds = ByteBuffer.wrap(access.read(buf, 8)).order(ByteOrder.nativeOrder());
            int readEnd = fds.getInt(), writeEnd = fds.getInt();
            try {
                Reader reader = new Reader(p, readEnd, writeEnd, buf + 8);
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
                return agrees == 1 ? new ErrnoCapture.HostSlot(getspecific, key, offset) : null;
            } finally {
                access.call(close, readEnd);
                access.call(close, writeEnd);
                access.call(free, buf);
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

    /** Reads up to {@link #SPAN} bytes of this process's memory without faulting, through a pipe. */
    private final class Reader {
        private final Probes p;
        private final int readEnd, writeEnd;
        private final long data;

        Reader(Probes p, int readEnd, int writeEnd, long data) {
            this.p = p;
            this.readEnd = readEnd;
            this.writeEnd = writeEnd;
            this.data = data;
        }

        /** The whole ints readable at {@code address}, or null when none is. */
        int[] ints(long address) throws Throwable {
            if (address == 0) return null;
            long n = (long) p.write.invokeExact(writeEnd, address, (long) SPAN);
            if (n <= 0) return null; // EFAULT: not mapped
            long got = (long) p.read.invokeExact(readEnd, data, n);
            if (got != n || n < 4) return null;
            ByteBuffer b = ByteBuffer.wrap(access.read(data, (int) n)).order(ByteOrder.nativeOrder());
            int[] out = new int[(int) n / 4];
            for (int i = 0; i < out.length; i++) out[i] = b.getInt();
            return out;
        }
    }
}
