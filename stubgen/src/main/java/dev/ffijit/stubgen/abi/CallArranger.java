package dev.ffijit.stubgen.abi;

import dev.ffijit.stubgen.sig.CType;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns each argument of a C call a register or stack slot by reading an {@link Abi} table. One arranger serves
 * every convention: per-platform rules are flags of the table, not subclasses.
 */
public final class CallArranger {
    private CallArranger() {}

    public static CallingSequence arrange(Abi abi, List<CType> args, int fixedArgs, CType result) {
        Allocator alloc = new Allocator(abi);
        List<List<Loc>> locs = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            locs.add(alloc.next(args.get(i), i, i >= fixedArgs));
        }
        Reg res = result == CType.VOID ? null : abi.resultRegister(classOf(result));
        return new CallingSequence(locs, res, alloc.stackBytes(), alloc.stackArgBytes(), alloc.floatRegsUsed());
    }

    public static RegClass classOf(CType t) {
        return t.isFloating() ? RegClass.FLOAT : RegClass.INT;
    }

    /** The running state of one arrangement: next free register of each class and next stack offset. */
    private static final class Allocator {
        private final Abi abi;
        private int nextInt;
        private int nextFloat;
        private int stackOffset;
        private int floatRegsUsed;

        Allocator(Abi abi) {
            this.abi = abi;
            this.stackOffset = abi.shadowSpace();
        }

        List<Loc> next(CType type, int position, boolean variadic) {
            RegClass cls = classOf(type);
            if (variadic && abi.variadicOnStack()) {
                return List.of(stack(type, abi.stackSlotSize(), abi.stackSlotSize()));
            }
            Reg reg = takeRegister(cls, position);
            if (reg == null) {
                int size = abi.packStackArguments() ? type.size() : abi.stackSlotSize();
                int align = abi.packStackArguments() ? type.size() : abi.stackSlotSize();
                return List.of(stack(type, size, align));
            }
            if (variadic && cls == RegClass.FLOAT && abi.variadicFloatsInIntRegisters()) {
                return List.of(reg, abi.intArgs().get(position));
            }
            return List.of(reg);
        }

        private Reg takeRegister(RegClass cls, int position) {
            List<Reg> regs = abi.argRegisters(cls);
            int index = abi.positionalRegisters() ? position : cls == RegClass.FLOAT ? nextFloat : nextInt;
            if (index >= regs.size()) return null;
            if (cls == RegClass.FLOAT) {
                nextFloat++;
                floatRegsUsed++;
            } else {
                nextInt++;
            }
            return regs.get(index);
        }

        private Mem stack(CType type, int slot, int align) {
            stackOffset = (stackOffset + align - 1) / align * align;
            // Integers are widened to the whole slot; a float or double fills only its own bytes.
            int written = type.isFloating() ? type.size() : slot;
            Mem m = Mem.sp(stackOffset, written);
            stackOffset += slot;
            return m;
        }

        int stackBytes() {
            int slot = abi.stackSlotSize();
            return (stackOffset + slot - 1) / slot * slot;
        }

        int stackArgBytes() { return stackBytes() - abi.shadowSpace(); }

        int floatRegsUsed() { return floatRegsUsed; }
    }
}
