package dev.ffijit.stubgen.x64;

import dev.ffijit.stubgen.abi.Arch;
import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.code.CodeBuffer;
import dev.ffijit.stubgen.code.InstructionSet;
import dev.ffijit.stubgen.code.LiteralPool;
import dev.ffijit.stubgen.move.Ext;

/** x86_64 instructions for each stub primitive. Targets are reached as {@code call/jmp qword [rip+literal]}. */
public final class X64Emitter implements InstructionSet {
    private static final int INT3 = 0xCC;

    private final CodeBuffer code = new CodeBuffer();
    private final X64Assembler asm = new X64Assembler(code);

    @Override public CodeBuffer code() { return code; }
    @Override public int padding() { return INT3; }

    @Override
    public void enter(int frameSize) {
        asm.pushRbp();
        asm.movRbpRsp();
        asm.subRsp(frameSize);
    }

    @Override public void leave() { asm.leave(); }
    @Override public void ret() { asm.ret(); }
    @Override public void setVectorCount(int count) { asm.movImm32(X64Assembler.RAX, count); }
    @Override public void call(LiteralPool pool, long address) { pool.reference(address, ripFixup(asm.callRipIndirect())); }
    @Override public void tailJump(LiteralPool pool, long address) { pool.reference(address, ripFixup(asm.jmpRipIndirect())); }

    /** rip-relative displacements count from the end of the 4-byte displacement field. */
    private static LiteralPool.Fixup ripFixup(int dispAt) {
        return (code, literal) -> code.patch32(dispAt, literal - (dispAt + 4));
    }

    @Override public void loadConstant(Reg dst, int value) { asm.movImm32(dst.number(), value); }

    @Override
    public int branch(Reg zeroTested) {
        if (zeroTested != null) asm.test(zeroTested.number());
        return asm.jumpRel32(zeroTested != null);
    }

    @Override
    public int branchIfEqual(Reg a, Reg b) {
        asm.cmp(a.number(), b.number());
        return asm.jumpRel32(true);
    }

    @Override public void patchBranch(int handle, int target) { asm.patchRel32(handle, target); }

    /** fs:[0] holds the thread control block's own address, which is the thread pointer (x86_64 TLS ABI). */
    @Override
    public void loadThreadPointer(Reg dst) {
        asm.fs();
        asm.load(dst.number(), X64Assembler.ABSOLUTE, 0, 8, false);
    }

    @Override
    public void zero(Mem dst) {
        if (dst.size() != 4) throw new IllegalArgumentException("zero of " + dst);
        segment(dst);
        asm.storeZero32(base(dst), disp(dst));
    }

    @Override
    public void moveInt(Reg d, Reg s, Ext ext) {
        int dn = d.number(), sn = s.number();
        switch (ext) {
            case NONE: asm.movRR(dn, sn); break;
            case SX8: asm.movsx8RR(dn, sn); break;
            case ZX8: asm.movzx8RR(dn, sn); break;
            case SX16: asm.movsx16RR(dn, sn); break;
            case ZX16: asm.movzx16RR(dn, sn); break;
            case SX32: asm.movsxdRR(dn, sn); break;
            case ZX32: asm.mov32RR(dn, sn); break;
            default: throw new AssertionError(ext);
        }
    }

    @Override public void moveFloat(Reg d, Reg s) { asm.movaps(d.number(), s.number()); }
    @Override public void moveIntFromFloat(Reg d, Reg s) { asm.movqToGp(d.number(), s.number()); }
    @Override public void moveFloatFromInt(Reg d, Reg s) { asm.movqToXmm(d.number(), s.number()); }

    @Override
    public void loadInt(Reg d, Mem s, int width, boolean signed) {
        segment(s);
        asm.load(d.number(), base(s), disp(s), width, signed);
    }

    @Override
    public void loadFloat(Reg d, Mem s) {
        segment(s);
        if (s.size() == 4) asm.movssLoad(d.number(), base(s), disp(s));
        else asm.movsdLoad(d.number(), base(s), disp(s));
    }

    @Override
    public void storeInt(Mem d, Reg s) {
        segment(d);
        asm.store(base(d), disp(d), s.number(), d.size());
    }

    @Override
    public void storeFloat(Mem d, Reg s) {
        segment(d);
        if (d.size() == 4) asm.movssStore(base(d), disp(d), s.number());
        else asm.movsdStore(base(d), disp(d), s.number());
    }

    private void segment(Mem m) {
        if (m.base() == Mem.Base.THREAD) asm.fs();
    }

    private static int base(Mem m) {
        switch (m.base()) {
            case SP: case ENTRY_SP: return X64Assembler.RSP;
            case FP: return X64Assembler.RBP;
            case THREAD: return X64Assembler.ABSOLUTE;
            default: return m.reg().number();
        }
    }

    /** At entry the return address sits between the stack pointer and the first stack argument. */
    private static int disp(Mem m) {
        return m.base() == Mem.Base.ENTRY_SP ? m.offset() + Arch.X86_64.returnAddressOnStack() : m.offset();
    }
}
