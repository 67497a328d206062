package dev.ffijit.stubgen.code;

import dev.ffijit.stubgen.a64.A64Assembler;

/**
 * Makes AArch64 instruction fetch see freshly written code: {@code dc cvau} over the range, {@code dsb ish},
 * {@code ic ivau} over the range, {@code dsb ish}, {@code isb} - what {@code __clear_cache} does, with line sizes
 * from CTR_EL0 (readable at EL0 on Linux). The routine itself is generated into its own fresh pages; those were
 * never executable before, and Linux synchronises the caches for a user page the first time it is mapped
 * executable ({@code __sync_icache_dcache} from {@code set_pte_at}), so the routine is safe to run; every later
 * code block is flushed by it explicitly.
 */
final class InstructionCacheFlusher {
    private final NativeAccess access;
    private final CodeBlock routine;

    /** @param routine fresh executable pages holding {@link #code()} */
    InstructionCacheFlusher(NativeAccess access, CodeBlock routine) {
        this.access = access;
        this.routine = routine;
    }

    void flush(long start, long end) {
        access.call(routine.address(), start, end);
    }

    /** {@code void flush(void *start, void *end)} */
    static byte[] code() {
        CodeBuffer buf = new CodeBuffer();
        A64Assembler a = new A64Assembler(buf);
        int start = 0, end = 1, ctr = 3, line = 4, four = 5, mask = 6, p = 7;
        a.mrsCtrEl0(ctr);
        a.movz(four, 4);
        // data cache: line = 4 << CTR_EL0.DminLine
        a.ubfx(line, ctr, 16, 4);
        a.lslv(line, four, line);
        a.subImm(mask, line, 1);
        a.bic(p, start, mask);
        int dLoop = buf.position();
        a.dcCvau(p);
        a.add(p, p, line);
        a.cmp(p, end);
        a.bLo(dLoop);
        a.dsbIsh();
        // instruction cache: line = 4 << CTR_EL0.IminLine
        a.ubfx(line, ctr, 0, 4);
        a.lslv(line, four, line);
        a.subImm(mask, line, 1);
        a.bic(p, start, mask);
        int iLoop = buf.position();
        a.icIvau(p);
        a.add(p, p, line);
        a.cmp(p, end);
        a.bLo(iLoop);
        a.dsbIsh();
        a.isb();
        a.ret();
        return buf.bytes();
    }
}
