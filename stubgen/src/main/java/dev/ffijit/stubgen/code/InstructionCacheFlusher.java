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
        a.mrsCtrEl0(CTR);
        a.movz(FOUR, 4);
        lineLoop(a, buf, 16, a::dcCvau);   // data cache: clean to the point of unification (CTR_EL0.DminLine)
        a.dsbIsh();
        lineLoop(a, buf, 0, a::icIvau);    // instruction cache: invalidate (CTR_EL0.IminLine)
        a.dsbIsh();
        a.isb();
        a.ret();
        return buf.bytes();
    }

    private static final int START = 0, END = 1, CTR = 3, LINE = 4, FOUR = 5, MASK = 6, P = 7;

    /** {@code for (p = start & ~(line-1); p < end; p += line) op(p)} with line = 4 << CTR_EL0[lsb+3:lsb]. */
    private static void lineLoop(A64Assembler a, CodeBuffer buf, int ctrLsb, java.util.function.IntConsumer op) {
        a.ubfx(LINE, CTR, ctrLsb, 4);
        a.lslv(LINE, FOUR, LINE);
        a.subImm(MASK, LINE, 1);
        a.bic(P, START, MASK);
        int loop = buf.position();
        op.accept(P);
        a.add(P, P, LINE);
        a.cmp(P, END);
        a.bLo(loop);
    }
}
