package dev.ffijit.stubgen.a64;

import dev.ffijit.stubgen.code.CodeBuffer;

/**
 * The few AArch64 instruction forms stubs use, encoded by hand. Registers: x0..x30 (31 means sp or xzr as the
 * instruction defines it), v0..v31 for floating point.
 */
public final class A64Assembler {
    public static final int FP = 29, LR = 30, SP = 31, ZR = 31;

    private final CodeBuffer code;

    public A64Assembler(CodeBuffer code) {
        this.code = code;
    }

    public CodeBuffer code() { return code; }

    private void emit(int insn) { code.u32(insn); }

    // ---- integer register moves and extensions

    public void movRR(int d, int m) { emit(0xAA0003E0 | m << 16 | d); }     // orr xd, xzr, xm
    public void mov32RR(int d, int m) { emit(0x2A0003E0 | m << 16 | d); }   // orr wd, wzr, wm: clears bits 63..32
    public void sxtb(int d, int n) { emit(0x93401C00 | n << 5 | d); }       // sbfm xd, xn, #0, #7
    public void sxth(int d, int n) { emit(0x93403C00 | n << 5 | d); }       // sbfm xd, xn, #0, #15
    public void sxtw(int d, int n) { emit(0x93407C00 | n << 5 | d); }       // sbfm xd, xn, #0, #31
    public void uxtb(int d, int n) { emit(0x53001C00 | n << 5 | d); }       // ubfm wd, wn, #0, #7
    public void uxth(int d, int n) { emit(0x53003C00 | n << 5 | d); }       // ubfm wd, wn, #0, #15

    // ---- floating point

    public void fmovDD(int d, int n) { emit(0x1E604000 | n << 5 | d); }     // fmov dd, dn
    public void fmovXD(int d, int n) { emit(0x9E660000 | n << 5 | d); }     // fmov xd, dn
    public void fmovDX(int d, int n) { emit(0x9E670000 | n << 5 | d); }     // fmov dd, xn

    // ---- loads and stores, unsigned scaled offset

    /** Load {@code width} bytes into a 64-bit register, sign- or zero-extended. */
    public void load(int t, int base, int offset, int width, boolean signed) {
        int opc;
        switch (width) {
            case 8: opc = 0xF9400000; break;
            case 4: opc = signed ? 0xB9800000 : 0xB9400000; break;   // ldrsw / ldr w
            case 2: opc = signed ? 0x79800000 : 0x79400000; break;   // ldrsh x / ldrh w
            case 1: opc = signed ? 0x39800000 : 0x39400000; break;   // ldrsb x / ldrb w
            default: throw new IllegalArgumentException("load width " + width);
        }
        emit(opc | scaled(offset, width) << 10 | base << 5 | t);
    }

    public void store(int base, int offset, int t, int width) {
        int opc;
        switch (width) {
            case 8: opc = 0xF9000000; break;
            case 4: opc = 0xB9000000; break;
            case 2: opc = 0x79000000; break;
            case 1: opc = 0x39000000; break;
            default: throw new IllegalArgumentException("store width " + width);
        }
        emit(opc | scaled(offset, width) << 10 | base << 5 | t);
    }

    public void loadFp(int t, int base, int offset, int width) {
        emit((width == 4 ? 0xBD400000 : 0xFD400000) | scaled(offset, width) << 10 | base << 5 | t);
    }

    public void storeFp(int base, int offset, int t, int width) {
        emit((width == 4 ? 0xBD000000 : 0xFD000000) | scaled(offset, width) << 10 | base << 5 | t);
    }

    private static int scaled(int offset, int width) {
        if (offset < 0 || offset % width != 0 || offset / width > 4095) {
            throw new IllegalArgumentException("offset " + offset + " not encodable for width " + width);
        }
        return offset / width;
    }

    // ---- frame and control flow

    public void pushFrame() { emit(0xA9BF7BFD); }        // stp x29, x30, [sp, #-16]!
    public void movFpSp() { emit(0x910003FD); }          // mov x29, sp
    public void movSpFp() { emit(0x910003BF); }          // mov sp, x29
    public void popFrame() { emit(0xA8C17BFD); }         // ldp x29, x30, [sp], #16
    public void ret() { emit(0xD65F03C0); }

    public void subSp(int imm) {
        if (imm == 0) return;
        if (imm > 4095) throw new IllegalArgumentException("frame of " + imm + " bytes");
        emit(0xD10003FF | imm << 10);                   // sub sp, sp, #imm
    }

    /** ldr xt, literal; returns the instruction's offset for patching. */
    public int ldrLiteral(int t) {
        int at = code.position();
        emit(0x58000000 | t);
        return at;
    }

    public void patchLiteral(int insnAt, int literalAt) {
        int delta = (literalAt - insnAt) / 4;
        code.patch32(insnAt, code.read32(insnAt) | (delta & 0x7FFFF) << 5);
    }

    /** cbz xt / b, target patched later; returns the instruction's offset. */
    public int cbz(int t) { int at = code.position(); emit(0xB4000000 | t); return at; }
    public int b() { int at = code.position(); emit(0x14000000); return at; }
    /** b.eq, target patched later (imm19 in the same bits as cbz's). */
    public int bEq() { int at = code.position(); emit(0x54000000); return at; }

    public void patchBranch(int insnAt, int target) {
        int delta = (target - insnAt) / 4;
        int insn = code.read32(insnAt);
        if ((insn & 0xFC000000) == 0x14000000) code.patch32(insnAt, insn | (delta & 0x3FFFFFF));
        else code.patch32(insnAt, insn | (delta & 0x7FFFF) << 5);
    }

    public void br(int n) { emit(0xD61F0000 | n << 5); }
    public void blr(int n) { emit(0xD63F0000 | n << 5); }

    public void mrsTpidrEl0(int t) { emit(0xD53BD040 | t); }              // mrs xt, tpidr_el0
    public void movk16(int d, int imm16) { emit(0xF2A00000 | imm16 << 5 | d); }  // movk xd, #imm16, lsl #16

    // ---- cache maintenance (the instruction-cache flush routine)

    public void mrsCtrEl0(int t) { emit(0xD53B0020 | t); }                 // mrs xt, ctr_el0
    public void ubfx(int d, int n, int lsb, int width) {                    // ubfm xd, xn, #lsb, #(lsb+width-1)
        emit(0xD3400000 | lsb << 16 | (lsb + width - 1) << 10 | n << 5 | d);
    }
    public void movz(int d, int imm16) { emit(0xD2800000 | imm16 << 5 | d); }
    public void lslv(int d, int n, int m) { emit(0x9AC02000 | m << 16 | n << 5 | d); }
    public void subImm(int d, int n, int imm) { emit(0xD1000000 | imm << 10 | n << 5 | d); }
    public void bic(int d, int n, int m) { emit(0x8A200000 | m << 16 | n << 5 | d); }
    public void add(int d, int n, int m) { emit(0x8B000000 | m << 16 | n << 5 | d); }
    public void sub(int d, int n, int m) { emit(0xCB000000 | m << 16 | n << 5 | d); }
    public void cmp(int n, int m) { emit(0xEB00001F | m << 16 | n << 5); }   // subs xzr, xn, xm
    public void dcCvau(int t) { emit(0xD50B7B20 | t); }
    public void icIvau(int t) { emit(0xD50B7520 | t); }
    public void dsbIsh() { emit(0xD5033B9F); }
    public void isb() { emit(0xD5033FDF); }

    /** b.lo to an earlier instruction at {@code target}. */
    public void bLo(int target) {
        int delta = (target - code.position()) / 4;
        emit(0x54000003 | (delta & 0x7FFFF) << 5);
    }
}
