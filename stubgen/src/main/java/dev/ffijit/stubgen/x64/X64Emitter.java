package dev.ffijit.stubgen.x64;

import dev.ffijit.stubgen.abi.Arch;
import dev.ffijit.stubgen.abi.Loc;
import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.code.CodeBuffer;
import dev.ffijit.stubgen.code.Emitter;
import dev.ffijit.stubgen.code.LiteralPool;
import dev.ffijit.stubgen.code.MachineCode;
import dev.ffijit.stubgen.move.Ext;
import dev.ffijit.stubgen.move.Move;
import dev.ffijit.stubgen.plan.Op;
import dev.ffijit.stubgen.plan.StubProgram;

/** x86_64 translation of the stub IR. */
public final class X64Emitter implements Emitter {
    private static final int INT3 = 0xCC;

    @Override
    public MachineCode emit(StubProgram program) {
        CodeBuffer code = new CodeBuffer();
        X64Assembler asm = new X64Assembler(code);
        LiteralPool pool = new LiteralPool();
        for (Op op : program.ops()) {
            if (op instanceof Op.Enter e) {
                asm.pushRbp();
                asm.movRbpRsp();
                asm.subRsp(e.frameSize());
            } else if (op instanceof Op.Leave) {
                asm.leave();
            } else if (op instanceof Op.Transfer t) {
                move(asm, t.move());
            } else if (op instanceof Op.Zero z) {
                if (z.dst().size() != 4) throw new IllegalArgumentException("zero of " + z.dst());
                asm.storeZero32(base(z.dst()), disp(z.dst()));
            } else if (op instanceof Op.SetVectorCount v) {
                asm.movImm32(X64Assembler.RAX, v.count());
            } else if (op instanceof Op.Call c) {
                pool.reference(c.target(), ripFixup(asm.callRipIndirect()));
            } else if (op instanceof Op.TailJump j) {
                pool.reference(j.target(), ripFixup(asm.jmpRipIndirect()));
            } else if (op instanceof Op.Return) {
                asm.ret();
            } else {
                throw new IllegalArgumentException("unknown op " + op);
            }
        }
        int instructions = pool.place(code, INT3);
        return new MachineCode(code.bytes(), instructions);
    }

    /** rip-relative displacements count from the end of the 4-byte displacement field. */
    private static LiteralPool.Fixup ripFixup(int dispAt) {
        return (code, literal) -> code.patch32(dispAt, literal - (dispAt + 4));
    }

    private static void move(X64Assembler asm, Move m) {
        Loc dst = m.dst();
        Loc src = m.src();
        if (dst instanceof Reg d && src instanceof Reg s) {
            moveRegReg(asm, d, s, m.ext());
        } else if (dst instanceof Reg d && src instanceof Mem s) {
            if (d.isFloat()) {
                if (s.size() == 4) asm.movssLoad(d.number(), base(s), disp(s));
                else asm.movsdLoad(d.number(), base(s), disp(s));
            } else {
                int width = m.ext() == Ext.NONE ? s.size() : m.ext().bits() / 8;
                asm.load(d.number(), base(s), disp(s), width, m.ext().isSigned());
            }
        } else if (dst instanceof Mem d && src instanceof Reg s) {
            if (s.isFloat()) {
                if (d.size() == 4) asm.movssStore(base(d), disp(d), s.number());
                else asm.movsdStore(base(d), disp(d), s.number());
            } else {
                asm.store(base(d), disp(d), s.number(), d.size());
            }
        } else {
            throw new IllegalArgumentException("unencodable move " + m);
        }
    }

    private static void moveRegReg(X64Assembler asm, Reg d, Reg s, Ext ext) {
        if (d.isFloat() && s.isFloat()) {
            asm.movaps(d.number(), s.number());
        } else if (d.isFloat()) {
            asm.movqToXmm(d.number(), s.number());
        } else if (s.isFloat()) {
            asm.movqToGp(d.number(), s.number());
            if (ext != Ext.NONE) moveRegReg(asm, d, d, ext);
        } else {
            switch (ext) {
                case NONE: asm.movRR(d.number(), s.number()); break;
                case SX8: asm.movsx8RR(d.number(), s.number()); break;
                case ZX8: asm.movzx8RR(d.number(), s.number()); break;
                case SX16: asm.movsx16RR(d.number(), s.number()); break;
                case ZX16: asm.movzx16RR(d.number(), s.number()); break;
                case SX32: asm.movsxdRR(d.number(), s.number()); break;
                case ZX32: asm.mov32RR(d.number(), s.number()); break;
                default: throw new AssertionError(ext);
            }
        }
    }

    private static int base(Mem m) {
        switch (m.base()) {
            case SP: case ENTRY_SP: return X64Assembler.RSP;
            case FP: return X64Assembler.RBP;
            default: return m.reg().number();
        }
    }

    private static int disp(Mem m) {
        return m.base() == Mem.Base.ENTRY_SP ? m.offset() + Arch.X86_64.returnAddressOnStack() : m.offset();
    }
}
