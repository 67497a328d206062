package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.code.NativeAccess;

import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads this process's memory without faulting: the bytes are {@code write}-n into a pipe of our own and read back.
 * The kernel reports an unmapped address as EFAULT instead of faulting (so does qemu's user mode, which lacks
 * {@code process_vm_readv}), so probing an address that holds anything but a pointer is harmless. {@code write}
 * and {@code read} run on stubs without errno capture, so a probe leaves every host's last error alone.
 */
final class PipePeek implements AutoCloseable {
    /** The most one read examines; the pipe holds far more. */
    static final int MAX = 256;

    private final NativeAccess access;
    private final MethodHandle write, read;
    private final long close, free;
    private final long buf;
    private final int readEnd, writeEnd;

    private PipePeek(NativeAccess access, MethodHandle write, MethodHandle read, long close, long free, long buf,
                     int readEnd, int writeEnd) {
        this.access = access;
        this.write = write;
        this.read = read;
        this.close = close;
        this.free = free;
        this.buf = buf;
        this.readEnd = readEnd;
        this.writeEnd = writeEnd;
    }

    /** A reader, or null when the C library lacks what it needs; {@code write}/{@code read} take (int, long, long). */
    static PipePeek open(NativeAccess access, MethodHandle write, MethodHandle read) {
        long pipe = access.symbol("pipe"), close = access.symbol("close");
        long malloc = access.symbol("malloc"), free = access.symbol("free");
        if (pipe == 0 || close == 0 || malloc == 0 || free == 0) return null;
        long buf = access.call(malloc, 8 + MAX);
        if (buf == 0) return null;
        if ((int) access.call(pipe, buf) != 0) {
            access.call(free, buf);
            return null;
        }
        ByteBuffer fds = ByteBuffer.wrap(access.read(buf, 8)).order(ByteOrder.nativeOrder());
        int readEnd = fds.getInt(), writeEnd = fds.getInt();
        return new PipePeek(access, write, read, close, free, buf, readEnd, writeEnd);
    }

    /** Up to {@code n} (at most {@link #MAX}) bytes readable at {@code address}, or null when none is. */
    ByteBuffer bytes(long address, int n) throws Throwable {
        if (address == 0 || n <= 0 || n > MAX) return null;
        long data = buf + 8;
        long wrote = (long) write.invokeExact(writeEnd, address, (long) n);
        if (wrote <= 0) return null; // EFAULT: not mapped
        long got = (long) read.invokeExact(readEnd, data, wrote);
        if (got != wrote) return null;
        return ByteBuffer.wrap(access.read(data, (int) got)).order(ByteOrder.nativeOrder());
    }

    @Override
    public void close() {
        access.call(close, readEnd);
        access.call(close, writeEnd);
        access.call(free, buf);
    }
}
