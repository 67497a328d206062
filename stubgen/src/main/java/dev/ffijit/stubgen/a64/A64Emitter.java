package dev.ffijit.stubgen.a64;

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

/** AArch64 translation of the stub IR. Targets are reached through x16 (IP0), which AAPCS64 leaves to veneers. */
public final class A64Emitter implements Emitter {
    private static final int IP0 = 16;
    private static final int UDF = 0x00;

    @Override
    public MachineCode emit(StubProgram program) {
        CodeBuffer code = new CodeBuffer();
        A64Assembler asm = new A64Assembler(code);
        LiteralPool pool = new LiteralPool();
        for (Op op : program.ops()) {
            if (op instanceof Op.Enter e) {
                asm.pushFrame();
                asm.movFpSp();
                asm.subSp(e.frameSize());
            } else if (op instanceof Op.Leave) {
                asm.movSpFp();
                asm.popFrame();
            } else if (op instanceof Op.Transfer t) {
                move(asm, t.move());
            } else if (op instanceof Op.Zero z) {
                asm.store(base(z.dst()), z.dst().offset(), A64Assembler.ZR, z.dst().size());
            } else if (op instanceof Op.SetVectorCount) {
                throw new IllegalArgumentException("AArch64 has no vector count register");
            } else if (op instanceof Op.Call c) {
                pool.reference(c.target(), literalFixup(asm, asm.ldrLiteral(IP0)));
                asm.blr(IP0);
            } else if (op instanceof Op.TailJump j) {
                pool.reference(j.target(), literalFixup(asm, asm.ldrLiteral(IP0)));
                asm.br(IP0);
            } else if (op instanceof Op.Return) {
                asm.ret();
            } else {
                throw new IllegalArgumentException("unknown op " + op);
            }
        }
        int instructions = pool.place(code, UDF);
        return new MachineCode(code.bytes(), instructions);
    }

    private static LiteralPool.Fixup literalFixup(A64Assembler asm, int insnAt) {
        return (code, literal) -> asm.patchLiteral(insnAt, literal);
    }

    private static void move(A64Assembler asm, Move m) {
        Loc dst = m.dst();
        Loc src = m.src();
        if (dst instanceof Reg d && src instanceof Reg s) {
            moveRegReg(asm, d, s, m.ext());
        } else if (dst instanceof Reg d && src instanceof Mem s) {
            if (d.isFloat()) {
                asm.loadFp(d.number(), base(s), s.offset(), s.size());
            } else {
                int width = m.ext() == Ext.NONE ? s.size() : m.ext().bits() / 8;
                asm.load(d.number(), base(s), s.offset(), width, m.ext().isSigned());
            }
        } else if (dst instanceof Mem d && src instanceof Reg s) {
            if (s.isFloat()) asm.storeFp(base(d), d.offset(), s.number(), d.size());
            else asm.store(base(d), d.offset(), s.number(), d.size());
        } else {
            throw new IllegalArgumentException("unencodable move " + m);
        }
    }

    private static void moveRegReg(A64Assembler asm, Reg d, Reg s, Ext ext) {
        if (d.isFloat() && s.isFloat()) {
            asm.fmovDD(d.number(), s.number());
        } else if (d.isFloat()) {
            asm.fmovDX(d.number(), s.number());
        } else if (s.isFloat()) {
            asm.fmovXD(d.number(), s.number());
            if (ext != Ext.NONE) moveRegReg(asm, d, d, ext);
        } else {
            switch (ext) {
                case NONE: asm.movRR(d.number(), s.number()); break;
                case SX8: asm.sxtb(d.number(), s.number()); break;
                case ZX8: asm.uxtb(d.number(), s.number()); break;
                case SX16: asm.sxth(d.number(), s.number()); break;
                case ZX16: asm.uxth(d.number(), s.number()); break;
                case SX32: asm.sxtw(d.number(), s.number()); break;
                case ZX32: asm.mov32RR(d.number(), s.number()); break;
                default: throw new AssertionError(ext);
            }
        }
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
