package dev.ffijit.stubgen.a64;

import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.code.CodeBuffer;
import dev.ffijit.stubgen.code.InstructionSet;
import dev.ffijit.stubgen.code.LiteralPool;
import dev.ffijit.stubgen.move.Ext;

/** AArch64 instructions for each stub primitive. Targets are reached through x16 (IP0), which AAPCS64 leaves to veneers. */
public final class A64Emitter implements InstructionSet {
    private static final Reg X17 = Reg.gp(17, "x17");
    private static final int IP0 = 16, IP1 = 17;
    private static final int UDF = 0x00;

    private final CodeBuffer code = new CodeBuffer();
    private final A64Assembler asm = new A64Assembler(code);

    @Override public CodeBuffer code() { return code; }
    @Override public int padding() { return UDF; }

    @Override
    public void enter(int frameSize) {
        asm.pushFrame();
        asm.movFpSp();
        asm.subSp(frameSize);
    }

    @Override
    public void leave() {
        asm.movSpFp();
        asm.popFrame();
    }

    @Override public void ret() { asm.ret(); }

    @Override
    public void setVectorCount(int count) {
        throw new IllegalArgumentException("AArch64 has no vector count register");
    }

    @Override
    public void call(LiteralPool pool, long address) {
        loadLiteral(pool, address);
        asm.blr(IP0);
    }

    @Override
    public void tailJump(LiteralPool pool, long address) {
        loadLiteral(pool, address);
        asm.br(IP0);
    }

    private void loadLiteral(LiteralPool pool, long address) {
        int at = asm.ldrLiteral(IP0);
        pool.reference(address, (code, literal) -> asm.patchLiteral(at, literal));
    }

    @Override public void loadThreadPointer(Reg dst) { asm.mrsTpidrEl0(dst.number()); }

    @Override
    public void loadConstant(Reg dst, int value) {
        movImm(dst.number(), value);
    }

    /** movz, then movk for the upper half when there is one. */
    private void movImm(int d, int value) {
        asm.movz(d, value & 0xFFFF);
        if ((value >>> 16) != 0) asm.movk16(d, value >>> 16);
    }

    @Override public int branch(Reg zeroTested) { return zeroTested == null ? asm.b() : asm.cbz(zeroTested.number()); }
    @Override
    public int branchIfEqual(Reg a, Reg b) {
        asm.cmp(a.number(), b.number());
        return asm.bEq();
    }

    @Override public void patchBranch(int handle, int target) { asm.patchBranch(handle, target); }

    @Override
    public void zero(Mem dst) {
        Mem m = resolve(dst);
        asm.store(base(m), m.offset(), A64Assembler.ZR, m.size());
    }

    @Override
    public void moveInt(Reg d, Reg s, Ext ext) {
        int dn = d.number(), sn = s.number();
        switch (ext) {
            case NONE: asm.movRR(dn, sn); break;
            case SX8: asm.sxtb(dn, sn); break;
            case ZX8: asm.uxtb(dn, sn); break;
            case SX16: asm.sxth(dn, sn); break;
            case ZX16: asm.uxth(dn, sn); break;
            case SX32: asm.sxtw(dn, sn); break;
            case ZX32: asm.mov32RR(dn, sn); break;
            default: throw new AssertionError(ext);
        }
    }

    @Override public void moveFloat(Reg d, Reg s) { asm.fmovDD(d.number(), s.number()); }
    @Override public void moveIntFromFloat(Reg d, Reg s) { asm.fmovXD(d.number(), s.number()); }
    @Override public void moveFloatFromInt(Reg d, Reg s) { asm.fmovDX(d.number(), s.number()); }

    @Override
    public void loadInt(Reg d, Mem s, int width, boolean signed) {
        Mem m = resolve(s);
        asm.load(d.number(), base(m), m.offset(), width, signed);
    }

    @Override
    public void loadFloat(Reg d, Mem s) {
        Mem m = resolve(s);
        asm.loadFp(d.number(), base(m), m.offset(), m.size());
    }

    @Override
    public void storeInt(Mem d, Reg s) {
        Mem m = resolve(d);
        asm.store(base(m), m.offset(), s.number(), m.size());
    }

    @Override
    public void storeFloat(Mem d, Reg s) {
        Mem m = resolve(d);
        asm.storeFp(base(m), m.offset(), s.number(), m.size());
    }

    /**
     * A thread-pointer operand becomes x17 (IP1, free for veneers like IP0) = tpidr_el0, plus the offset through
     * x16 when it does not fit the scaled 12-bit immediate. A negative offset (glibc keeps the thread descriptor
     * below the thread pointer here) is subtracted first.
     */
    private Mem resolve(Mem m) {
        if (m.base() != Mem.Base.THREAD) return m;
        int off = m.offset();
        asm.mrsTpidrEl0(IP1);
        if (off < 0) {
            int below = -off;
            if (below <= 4095) {
                asm.subImm(IP1, IP1, below);
            } else {
                movImm(IP0, below);
                asm.sub(IP1, IP1, IP0);
            }
            return Mem.at(X17, 0, m.size());
        }
        if (off % m.size() == 0 && off / m.size() <= 4095) return Mem.at(X17, off, m.size());
        movImm(IP0, off);
        asm.add(IP1, IP1, IP0);
        return Mem.at(X17, 0, m.size());
    }

    /** At entry the first stack argument is at sp itself: the return address lives in x30. */
    private static int base(Mem m) {
        switch (m.base()) {
            case SP: case ENTRY_SP: return A64Assembler.SP;
            case FP: return A64Assembler.FP;
            default: return m.reg().number();
        }
    }
}
