package dev.ffijit.stubgen.code;

import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.abi.Arch;

/**
 * Executable pages under W^X: mapped read+write, filled, then switched to read+execute, never both. Pages are
 * never written again once executable, and on AArch64 the instruction cache is made coherent with what was
 * written before anything can run it.
 */
public final class ExecutableMemory {
    private final NativeAccess access;
    private final Platform.Os os;
    private final long mmap;
    private final long mprotect;
    private final long munmap;
    private final long pageSize;
    private final InstructionCacheFlusher flusher;

    public ExecutableMemory(NativeAccess access, Platform platform) {
        this.access = access;
        this.os = platform.os();
        this.mmap = require(access, "mmap");
        this.mprotect = require(access, "mprotect");
        this.munmap = require(access, "munmap");
        this.pageSize = access.call(require(access, "getpagesize"));
        this.flusher = platform.abi().arch() == Arch.AARCH64
                ? new InstructionCacheFlusher(access, mapWritten(InstructionCacheFlusher.code())) : null;
    }

    static long require(NativeAccess access, String symbol) {
        long a = access.symbol(symbol);
        if (a == 0) throw new IllegalStateException("symbol " + symbol + " not found in the process");
        return a;
    }

    public long pageSize() { return pageSize; }

    /** Maps fresh pages, copies {@code code} to their start and makes them executable. */
    public CodeBlock install(byte[] code) {
        CodeBlock block = mapWritten(code);
        if (flusher != null) flusher.flush(block.address(), block.address() + code.length);
        return block;
    }

    /** Maps, writes and protects, but leaves cache maintenance to the caller (the flusher bootstraps with it). */
    CodeBlock mapWritten(byte[] code) {
        long size = (code.length + pageSize - 1) / pageSize * pageSize;
        long addr = access.call(mmap, 0, size, Platform.Os.PROT_READ | Platform.Os.PROT_WRITE,
                Platform.Os.MAP_PRIVATE | os.mapAnonymous(), -1, 0);
        if (addr == -1 || addr == 0) throw new IllegalStateException("mmap of " + size + " bytes failed");
        access.write(addr, code);
        long rc = access.call(mprotect, addr, size, Platform.Os.PROT_READ | Platform.Os.PROT_EXEC);
        if ((int) rc != 0) {
            access.call(munmap, addr, size);
            throw new IllegalStateException("mprotect(PROT_READ|PROT_EXEC) failed: " + rc);
        }
        return new CodeBlock(addr, size);
    }

    public void free(CodeBlock block) {
        access.call(munmap, block.address(), block.size());
    }
}
