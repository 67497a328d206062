package dev.ffijit.stubgen.code;

import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.move.Ext;
import dev.ffijit.stubgen.move.Move;
import dev.ffijit.stubgen.plan.Op;
import dev.ffijit.stubgen.plan.StubProgram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Translates a stub program op by op into one architecture's {@link InstructionSet}, then appends the literal pool. */
public final class ProgramEmitter implements Emitter {
    private final Supplier<InstructionSet> isa;

    public ProgramEmitter(Supplier<InstructionSet> isa) {
        this.isa = isa;
    }

    @Override
    public MachineCode emit(StubProgram program) {
        InstructionSet a = isa.get();
        LiteralPool pool = new LiteralPool();
        Map<Op.Label, Integer> bound = new HashMap<>();
        Map<Op.Label, List<Integer>> pending = new HashMap<>();
        for (Op op : program.ops()) {
            if (op instanceof Op.Label l) {
                if (bound.putIfAbsent(l, a.code().position()) != null) throw new IllegalArgumentException("label " + l + " twice");
                for (int site : pending.getOrDefault(l, List.of())) a.patchBranch(site, a.code().position());
                pending.remove(l);
                continue;
            }
            if (op instanceof Op.JumpIfZero j) {
                branchTo(a, a.branch(j.reg()), j.label(), bound, pending);
                continue;
            }
            if (op instanceof Op.JumpIfEqual j) {
                branchTo(a, a.branchIfEqual(j.a(), j.b()), j.label(), bound, pending);
                continue;
            }
            if (op instanceof Op.Jump j) {
                branchTo(a, a.branch(null), j.label(), bound, pending);
                continue;
            }
            if (op instanceof Op.Enter e) a.enter(e.frameSize());
            else if (op instanceof Op.Leave) a.leave();
            else if (op instanceof Op.Transfer t) move(a, t.move());
            else if (op instanceof Op.Zero z) a.zero(z.dst());
            else if (op instanceof Op.SetVectorCount v) a.setVectorCount(v.count());
            else if (op instanceof Op.Call c) a.call(pool, c.target().address());
            else if (op instanceof Op.TailJump j) a.tailJump(pool, j.target().address());
            else if (op instanceof Op.Return) a.ret();
            else if (op instanceof Op.ThreadPointer t) a.loadThreadPointer(t.dst());
            else if (op instanceof Op.LoadConstant c) a.loadConstant(c.dst(), c.value());
            else throw new IllegalArgumentException("unknown op " + op);
        }
        if (!pending.isEmpty()) throw new IllegalArgumentException("labels never placed: " + pending.keySet());
        int instructions = pool.place(a.code(), a.padding());
        return new MachineCode(a.code().bytes(), instructions);
    }

    private static void branchTo(InstructionSet a, int site, Op.Label label, Map<Op.Label, Integer> bound,
                                 Map<Op.Label, List<Integer>> pending) {
        Integer at = bound.get(label);
        if (at != null) a.patchBranch(site, at);
        else pending.computeIfAbsent(label, k -> new ArrayList<>()).add(site);
    }

    /** Which primitive a move needs, by the classes of its two ends. */
    private static void move(InstructionSet a, Move m) {
        if (m.dst() instanceof Reg d && m.src() instanceof Reg s) {
            if (d.isFloat() && s.isFloat()) {
                a.moveFloat(d, s);
            } else if (d.isFloat()) {
                a.moveFloatFromInt(d, s);
            } else if (s.isFloat()) {
                a.moveIntFromFloat(d, s);
                if (m.ext() != Ext.NONE) a.moveInt(d, d, m.ext());
            } else {
                a.moveInt(d, s, m.ext());
            }
        } else if (m.dst() instanceof Reg d && m.src() instanceof Mem s) {
            if (d.isFloat()) a.loadFloat(d, s);
            else a.loadInt(d, s, m.ext() == Ext.NONE ? s.size() : m.ext().bits() / 8, m.ext().isSigned());
        } else if (m.dst() instanceof Mem d && m.src() instanceof Reg s) {
            if (s.isFloat()) a.storeFloat(d, s);
            else a.storeInt(d, s);
        } else {
            throw new IllegalArgumentException("unencodable move " + m);
        }
    }
}
