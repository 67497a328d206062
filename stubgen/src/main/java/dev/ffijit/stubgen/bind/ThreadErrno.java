package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.code.CodeBlock;
import dev.ffijit.stubgen.code.ExecutableMemory;
import dev.ffijit.stubgen.code.NativeAccess;
import dev.ffijit.stubgen.move.Ext;
import dev.ffijit.stubgen.move.Move;
import dev.ffijit.stubgen.plan.Op;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Finds errno's offset from the thread pointer, so stubs can read it with one instruction instead of calling
 * {@code __errno_location}. glibc and musl keep errno in the C library's static TLS (glibc: initial-exec
 * {@code __thread}; musl: inside the thread descriptor), which sits at the same offset from the thread pointer in
 * every thread. That is an implementation fact, not a promise, so it is measured rather than assumed: in this
 * thread and in a fresh one, the offset is {@code __errno_location() - thread pointer}, and an int written through
 * {@code __errno_location()} must read back through the offset. Any disagreement, and any platform but Linux,
 * answers null: stubs keep calling the function.
 */
public final class ThreadErrno {
    private static final int MARK = 0x5EED_0E77;

    private final NativeAccess access;
    private final ExecutableMemory memory;
    private final Platform platform;

    public ThreadErrno(NativeAccess access, ExecutableMemory memory, Platform platform) {
        this.access = access;
        this.memory = memory;
        this.platform = platform;
    }

    /** The offset, or null when it cannot be trusted. */
    public Integer offset(long errnoLocation) {
        if (platform.os() != Platform.Os.LINUX || errnoLocation == 0) return null;
        Reg result = platform.abi().intResult();
        CodeBlock tp = Snippets.threadPointer(memory, platform);
        try {
            long here = offsetInThisThread(tp.address(), errnoLocation);
            long there = FreshThread.run("ffijit-errno-probe", () -> offsetInThisThread(tp.address(), errnoLocation));
            if (here != there || here != (int) here) return null;
            int offset = (int) here;
            CodeBlock read = Snippets.install(memory, platform, List.of(
                    new Op.Transfer(new Move(result, Mem.thread(offset, 4), Ext.SX32)), new Op.Return()));
            try {
                boolean agrees = readsBack(read.address(), errnoLocation)
                        && FreshThread.run("ffijit-errno-probe", () -> readsBack(read.address(), errnoLocation) ? 1L : 0L) == 1L;
                return agrees ? offset : null;
            } finally {
                memory.free(read);
            }
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return null;
        } finally {
            memory.free(tp);
        }
    }

    private long offsetInThisThread(long threadPointer, long errnoLocation) {
        return access.call(errnoLocation) - access.call(threadPointer);
    }

    /** errno is scratch between calls: the JVM itself overwrites it at will. */
    private boolean readsBack(long read, long errnoLocation) {
        access.write(access.call(errnoLocation), ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(MARK).array());
        return (int) access.call(read) == MARK;
    }
}
