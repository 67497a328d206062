package dev.ffijit.stubgen.x64;

import dev.ffijit.stubgen.code.CodeBuffer;

/**
 * The few x86_64 instruction forms stubs use, encoded by hand. Registers are numbered as the hardware numbers
 * them (rax=0 ... r15=15, xmm0=0 ... xmm15=15); memory operands are base + displacement.
 */
public final class X64Assembler {
    public static final int RAX = 0, RSP = 4, RBP = 5;
    /** A memory operand without base register: the displacement alone, after a segment prefix (see {@link #fs}). */
    public static final int ABSOLUTE = -1;
    private static final int FS = 0x64;

    private final CodeBuffer code;

    public X64Assembler(CodeBuffer code) {
        this.code = code;
    }

    public CodeBuffer code() { return code; }

    // ---- integer register to register

    public void movRR(int dst, int src) { op(true, dst, src, 0x8B); }          // mov r64, r/m64
    public void mov32RR(int dst, int src) { op(false, dst, src, 0x8B); }       // mov r32, r/m32: clears bits 63..32
    public void movsxdRR(int dst, int src) { op(true, dst, src, 0x63); }       // movsxd r64, r/m32
    public void movsx8RR(int dst, int src) { op(true, dst, src, 0x0F, 0xBE); }
    public void movsx16RR(int dst, int src) { op(true, dst, src, 0x0F, 0xBF); }
    public void movzx8RR(int dst, int src) { op(true, dst, src, 0x0F, 0xB6); }
    public void movzx16RR(int dst, int src) { op(true, dst, src, 0x0F, 0xB7); }

    // ---- integer loads and stores

    /** Load {@code width} bytes into a 64-bit register, sign- or zero-extended. */
    public void load(int dst, int base, int disp, int width, boolean signed) {
        switch (width) {
            case 8: memOp(true, dst, base, disp, 0x8B); break;
            case 4: if (signed) memOp(true, dst, base, disp, 0x63); else memOp(false, dst, base, disp, 0x8B); break;
            case 2: memOp(true, dst, base, disp, 0x0F, signed ? 0xBF : 0xB7); break;
            case 1: memOp(true, dst, base, disp, 0x0F, signed ? 0xBE : 0xB6); break;
            default: throw new IllegalArgumentException("load width " + width);
        }
    }

    /** Store the low {@code width} bytes of a register. */
    public void store(int base, int disp, int src, int width) {
        switch (width) {
            case 8: memOp(true, src, base, disp, 0x89); break;
            case 4: memOp(false, src, base, disp, 0x89); break;
            case 2: code.u8(0x66); memOp(false, src, base, disp, 0x89); break;
            case 1: memOpByteReg(src, base, disp, 0x88); break;
            default: throw new IllegalArgumentException("store width " + width);
        }
    }

    /** mov dword [base+disp], 0 */
    public void storeZero32(int base, int disp) {
        memOp(false, 0, base, disp, 0xC7);
        code.u32(0);
    }

    /** Makes the next memory operand relative to the fs base, the thread pointer; legacy prefixes precede REX. */
    public void fs() { code.u8(FS); }

    // ---- SSE

    public void movssLoad(int xmm, int base, int disp) { prefixed(0xF3, false, xmm, base, disp, 0x10); }
    public void movsdLoad(int xmm, int base, int disp) { prefixed(0xF2, false, xmm, base, disp, 0x10); }
    public void movssStore(int base, int disp, int xmm) { prefixed(0xF3, false, xmm, base, disp, 0x11); }
    public void movsdStore(int base, int disp, int xmm) { prefixed(0xF2, false, xmm, base, disp, 0x11); }

    /** movaps xmm, xmm: copies all 128 bits, no merge with the destination's old value. */
    public void movaps(int dst, int src) { op(false, dst, src, 0x0F, 0x28); }

    /** movq r64, xmm */
    public void movqToGp(int gp, int xmm) {
        code.u8(0x66);
        op(true, xmm, gp, 0x0F, 0x7E);
    }

    /** movq xmm, r64 */
    public void movqToXmm(int xmm, int gp) {
        code.u8(0x66);
        op(true, xmm, gp, 0x0F, 0x6E);
    }

    // ---- control flow and frame

    public void movImm32(int dst, int imm) {
        if (dst >= 8) code.u8(0x41);
        code.u8(0xB8 + (dst & 7)).u32(imm);
    }

    /** call qword [rip+disp32]; returns the offset of the displacement for patching. */
    public int callRipIndirect() {
        code.u8(0xFF).u8(0x15);
        int at = code.position();
        code.u32(0);
        return at;
    }

    /** jmp qword [rip+disp32]; returns the offset of the displacement for patching. */
    public int jmpRipIndirect() {
        code.u8(0xFF).u8(0x25);
        int at = code.position();
        code.u32(0);
        return at;
    }

    /** test r64, r64 */
    public void test(int r) { op(true, r, r, 0x85); }

    /** cmp a, b (64-bit): sets the flags of a - b. */
    public void cmp(int a, int b) { op(true, b, a, 0x39); }

    /** jz rel32 (or jmp rel32 when {@code conditional} is false); returns the offset of rel32 for patching. */
    public int jumpRel32(boolean conditional) {
        if (conditional) code.u8(0x0F).u8(0x84);
        else code.u8(0xE9);
        int at = code.position();
        code.u32(0);
        return at;
    }

    /** rel32 counts from the end of its own 4 bytes. */
    public void patchRel32(int at, int target) { code.patch32(at, target - (at + 4)); }

    public void pushRbp() { code.u8(0x55); }
    public void movRbpRsp() { code.u8(0x48).u8(0x89).u8(0xE5); }

    public void subRsp(int imm) {
        if (imm == 0) return;
        if (imm <= 127) code.u8(0x48).u8(0x83).u8(0xEC).u8(imm);
        else code.u8(0x48).u8(0x81).u8(0xEC).u32(imm);
    }

    public void leave() { code.u8(0xC9); }
    public void ret() { code.u8(0xC3); }

    // ---- encoding helpers

    /** REX prefix (when needed), opcode bytes, ModRM with reg = {@code reg}, rm = register {@code rm}. */
    private void op(boolean w, int reg, int rm, int... opcode) {
        rex(w, reg, rm, false);
        for (int b : opcode) code.u8(b);
        code.u8(0xC0 | (reg & 7) << 3 | (rm & 7));
    }

    private void memOp(boolean w, int reg, int base, int disp, int... opcode) {
        rex(w, reg, base, false);
        for (int b : opcode) code.u8(b);
        modrmMem(reg, base, disp);
    }

    /** A byte store from sil/dil/spl/bpl needs a REX prefix even without extended registers. */
    private void memOpByteReg(int reg, int base, int disp, int opcode) {
        rex(false, reg, base, reg >= 4 && reg < 8);
        code.u8(opcode);
        modrmMem(reg, base, disp);
    }

    private void prefixed(int prefix, boolean w, int reg, int base, int disp, int opcode) {
        code.u8(prefix);
        memOp(w, reg, base, disp, 0x0F, opcode);
    }

    private void rex(boolean w, int reg, int rmOrBase, boolean force) {
        if (rmOrBase == ABSOLUTE) rmOrBase = 0;
        int rex = 0x40 | (w ? 8 : 0) | (reg >> 3 & 1) << 2 | (rmOrBase >> 3 & 1);
        if (rex != 0x40 || force) code.u8(rex);
    }

    private void modrmMem(int reg, int base, int disp) {
        if (base == ABSOLUTE) { // mod 00, rm 100, SIB with no base and no index: [disp32]
            code.u8((reg & 7) << 3 | 4).u8(0x25).u32(disp);
            return;
        }
        int b = base & 7;
        int mod = disp == 0 && b != RBP ? 0 : disp >= -128 && disp <= 127 ? 1 : 2;
        code.u8(mod << 6 | (reg & 7) << 3 | b);
        if (b == RSP) code.u8(0x24); // SIB: no index, base rsp/r12
        if (mod == 1) code.u8(disp);
        else if (mod == 2) code.u32(disp);
    }
}
