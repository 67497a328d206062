package dev.ffijit.stubgen.plan;

import dev.ffijit.stubgen.abi.Abi;
import dev.ffijit.stubgen.abi.CallArranger;
import dev.ffijit.stubgen.abi.CallingSequence;
import dev.ffijit.stubgen.abi.Loc;
import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.move.Conversions;
import dev.ffijit.stubgen.move.Ext;
import dev.ffijit.stubgen.move.Move;
import dev.ffijit.stubgen.move.ParallelMoves;
import dev.ffijit.stubgen.move.Transfer;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans the stub for one {@link StubSpec} on one {@link Abi}: the JNI side (JNIEnv*, jclass, carriers) and the C
 * side are both arranged by the same {@link CallArranger}, and the stub is the parallel move between the two,
 * followed by a tail jump, or by a call inside a frame when work remains after it.
 */
public final class StubPlanner {
    private static final int WORD = 8;

    private final Abi abi;

    public StubPlanner(Abi abi) {
        this.abi = abi;
    }

    public StubProgram plan(StubSpec spec) {
        Signature sig = spec.signature();
        CallingSequence in = arrangeJni(sig);
        CallingSequence out = arrangeC(sig);
        List<Ext> resultExts = Conversions.result(sig.result().ctype(), sig.result().carrier());
        Op.Target target = new Op.Target("target", spec.target());
        ErrnoCapture errno = spec.errno();

        boolean needsFrame = errno != null || !resultExts.isEmpty() || out.stackArgBytes() > 0;
        if (!needsFrame) {
            List<Op> ops = new ArrayList<>();
            shuffle(transfers(sig, in, out, false), ops);
            vectorCount(out, ops);
            ops.add(new Op.TailJump(target));
            return new StubProgram(ops, true, 0);
        }
        return new FrameBuilder(sig, in, out, resultExts, target, errno).build();
    }

    private CallingSequence arrangeJni(Signature sig) {
        List<CType> jni = new ArrayList<>();
        jni.add(CType.POINTER); // JNIEnv*
        jni.add(CType.POINTER); // jclass
        for (Param p : sig.params()) jni.add(p.carrier().jniCType());
        return CallArranger.arrange(abi, jni, jni.size(), sig.result().carrier().jniCType());
    }

    private CallingSequence arrangeC(Signature sig) {
        List<CType> c = new ArrayList<>();
        for (Param p : sig.params()) c.add(p.ctype());
        return CallArranger.arrange(abi, c, sig.fixedArgs(), sig.result().ctype());
    }

    /** One transfer per C location of each argument, from where JNI left it. */
    private List<Transfer> transfers(Signature sig, CallingSequence in, CallingSequence out, boolean framed) {
        List<Transfer> ts = new ArrayList<>();
        for (int i = 0; i < sig.params().size(); i++) {
            Param p = sig.params().get(i);
            Loc src = incoming(in.args().get(i + 2).get(0), framed);
            for (Loc dst : out.args().get(i)) {
                ts.add(new Transfer(dst, src, Conversions.argument(p.carrier(), p.ctype())));
            }
        }
        return ts;
    }

    /** Incoming stack arguments sit above the return address, or above the frame record once there is a frame. */
    private Loc incoming(Loc loc, boolean framed) {
        if (!(loc instanceof Mem m)) return loc;
        return framed ? Mem.fp(abi.arch().incomingArgsFromFp() + m.offset(), m.size()) : Mem.entry(m.offset(), m.size());
    }

    private void shuffle(List<Transfer> transfers, List<Op> ops) {
        ParallelMoves pm = new ParallelMoves(abi.scratch().get(0), abi.floatScratch(), abi.scratch().get(1));
        for (Move m : pm.resolve(transfers)) ops.add(new Op.Transfer(m));
    }

    private void vectorCount(CallingSequence out, List<Op> ops) {
        if (abi.vectorCountInAl()) ops.add(new Op.SetVectorCount(out.floatRegsUsed()));
    }

    /** The framed stub: outgoing argument area at SP, then the stub's own slots, 16-byte aligned. */
    private final class FrameBuilder {
        private final Signature sig;
        private final CallingSequence in;
        private final CallingSequence out;
        private final List<Ext> resultExts;
        private final Op.Target target;
        private final ErrnoCapture errno;
        private final List<Op> ops = new ArrayList<>();
        private int nextSlot;
        private Mem errnoSlot;

        FrameBuilder(Signature sig, CallingSequence in, CallingSequence out, List<Ext> resultExts,
                     Op.Target target, ErrnoCapture errno) {
            this.sig = sig;
            this.in = in;
            this.out = out;
            this.resultExts = resultExts;
            this.target = target;
            this.errno = errno;
            // Helper calls need the shadow space too, even when the target takes no stack arguments.
            this.nextSlot = Math.max(out.stackBytes(), abi.shadowSpace());
        }

        StubProgram build() {
            List<Transfer> transfers = transfers(sig, in, out, true);
            Mem envSlot = null;
            Mem resultSlot = null;
            if (errno != null && errno.style() == ErrnoCapture.Style.ENV_AND_VALUE) envSlot = slot();
            if (errno != null && out.result() != null) resultSlot = slot();
            if (errno != null && errno.slot() != null && !errno.slotThroughThread()) errnoSlot = slot();
            List<Move> spills = new ArrayList<>();
            boolean clearByCall = errno != null && errno.clearBefore() && errno.threadOffset() == null;
            if (clearByCall) transfers = spillRegisterSources(transfers, spills);
            int frameSize = align(nextSlot, abi.stackAlignment());

            ops.add(new Op.Enter(frameSize));
            if (envSlot != null) ops.add(new Op.Transfer(Move.of(envSlot, in.args().get(0).get(0))));
            if (errno != null && errno.clearBefore()) {
                for (Move m : spills) ops.add(new Op.Transfer(m));
                ops.add(new Op.Zero(errnoCell()));
            }
            shuffle(transfers, ops);
            vectorCount(out, ops);
            ops.add(new Op.Call(target));
            if (errno != null) saveErrno(envSlot, resultSlot);
            for (Ext e : resultExts) ops.add(new Op.Transfer(new Move(out.result(), out.result(), e)));
            ops.add(new Op.Leave());
            ops.add(new Op.Return());
            return new StubProgram(ops, false, frameSize);
        }

        /** Where errno is: at its thread-pointer offset, or where a call to the errno location function says. */
        private Mem errnoCell() {
            if (errno.threadOffset() != null) return Mem.thread(errno.threadOffset(), 4);
            ops.add(new Op.Call(new Op.Target("errno_location", errno.errnoLocation())));
            return Mem.at(abi.intResult(), 0, 4);
        }

        /** The errno location call clobbers argument registers, so their values wait in the frame until after it. */
        private List<Transfer> spillRegisterSources(List<Transfer> transfers, List<Move> spills) {
            List<Transfer> result = new ArrayList<>();
            List<Reg> spilled = new ArrayList<>();
            List<Mem> slots = new ArrayList<>();
            for (Transfer t : transfers) {
                Loc src = t.src();
                if (src instanceof Reg r) {
                    int k = spilled.indexOf(r);
                    if (k < 0) {
                        spilled.add(r);
                        slots.add(slot());
                        spills.add(Move.of(slots.get(slots.size() - 1), r));
                        k = spilled.size() - 1;
                    }
                    src = slots.get(k);
                }
                result.add(new Transfer(t.dst(), src, t.exts()));
            }
            return result;
        }

        /**
         * errno waits in a frame slot while getspecific runs; then either one store into the host's cell, or, for a
         * thread without a cell yet, the host's save function, which makes one.
         */
        private void saveErrnoToSlot(Mem envSlot, Mem errnoSlot) {
            ErrnoCapture.HostSlot hs = errno.slot();
            Reg arg0 = abi.intArgs().get(0), arg1 = abi.intArgs().get(1), ret = abi.intResult();
            Reg tmp = abi.scratch().get(0);
            Mem cell = errnoCell();
            ops.add(new Op.Transfer(new Move(tmp, cell, Ext.SX32)));
            ops.add(new Op.Transfer(Move.of(errnoSlot, tmp)));
            ops.add(new Op.LoadConstant(arg0, hs.key()));
            ops.add(new Op.Call(new Op.Target("getspecific", hs.getspecific())));
            Op.Label noCell = new Op.Label("no_cell"), done = new Op.Label("saved");
            ops.add(new Op.JumpIfZero(ret, noCell));
            ops.add(new Op.Transfer(Move.of(tmp, errnoSlot)));
            ops.add(new Op.Transfer(Move.of(Mem.at(ret, hs.offset(), 4), tmp)));
            ops.add(new Op.Jump(done));
            ops.add(noCell);
            ops.add(new Op.Transfer(Move.of(arg1, errnoSlot)));
            ops.add(new Op.Transfer(Move.of(arg0, envSlot)));
            ops.add(new Op.Call(new Op.Target("save_errno", errno.save())));
            ops.add(done);
        }

        /**
         * A thread whose getspecific value is in place needs no call after the target: its cell is one load from the
         * thread pointer, errno another, and the result registers stay as the target left them. Only a thread without
         * a cell yet takes the host's save function, around which the result waits in the frame. The store is
         * skipped when the cell holds errno already, as it does after most calls: the cell is the thread's own, so
         * nobody can tell, and without the store a 10 ns call measured about 0.5 ns faster (HopBench memset,
         * docs/jna.md, "Benchmarks").
         */
        private void storeErrnoThroughThread(Mem envSlot, Mem resultSlot) {
            ErrnoCapture.HostSlot hs = errno.slot();
            Reg cell = abi.scratch().get(0), value = abi.scratch().get(1);
            Op.Label noCell = new Op.Label("no_cell"), done = new Op.Label("saved");
            ops.add(new Op.Transfer(Move.of(cell, Mem.thread(hs.threadSlot(), WORD))));
            ops.add(new Op.JumpIfZero(cell, noCell));
            ops.add(new Op.Transfer(new Move(value, errnoCell(), Ext.SX32)));
            ops.add(new Op.Transfer(new Move(cell, Mem.at(cell, hs.offset(), 4), Ext.SX32)));
            ops.add(new Op.JumpIfEqual(value, cell, done));
            // the compare took the cell's register (stubs get two scratch registers), so the rarer storing path
            // loads the cell's address again rather than the common path keeping it somewhere
            ops.add(new Op.Transfer(Move.of(cell, Mem.thread(hs.threadSlot(), WORD))));
            ops.add(new Op.Transfer(Move.of(Mem.at(cell, hs.offset(), 4), value)));
            ops.add(new Op.Jump(done));
            ops.add(noCell);
            spillResult(resultSlot);
            callHostSave(envSlot);
            reloadResult(resultSlot);
            ops.add(done);
        }

        private void saveErrno(Mem envSlot, Mem resultSlot) {
            if (errno.slotThroughThread()) {
                storeErrnoThroughThread(envSlot, resultSlot);
                return;
            }
            spillResult(resultSlot);
            if (errno.slot() != null) {
                saveErrnoToSlot(envSlot, errnoSlot);
            } else {
                callHostSave(envSlot);
            }
            reloadResult(resultSlot);
        }

        /** The host's save function: given the JNIEnv* and errno for ENV_AND_VALUE, nothing for NO_ARGS. */
        private void callHostSave(Mem envSlot) {
            if (errno.style() == ErrnoCapture.Style.ENV_AND_VALUE) {
                ops.add(new Op.Transfer(new Move(abi.intArgs().get(1), errnoCell(), Ext.SX32)));
                ops.add(new Op.Transfer(Move.of(abi.intArgs().get(0), envSlot)));
            }
            ops.add(new Op.Call(new Op.Target("save_errno", errno.save())));
        }

        /** The target's result waits in the frame while a call clobbers the result registers. */
        private void spillResult(Mem resultSlot) {
            if (resultSlot != null) ops.add(new Op.Transfer(Move.of(resultSlot, out.result())));
        }

        private void reloadResult(Mem resultSlot) {
            if (resultSlot != null) ops.add(new Op.Transfer(Move.of(out.result(), resultSlot)));
        }

        private Mem slot() {
            Mem m = Mem.sp(nextSlot, WORD);
            nextSlot += WORD;
            return m;
        }
    }

    private static int align(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
