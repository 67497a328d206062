package dev.ffijit.stubgen.abi;

import java.util.List;

/**
 * A C calling convention as pure data, in the manner of the JDK's {@code ABIDescriptor}: the argument and result
 * registers per class, the stack-slot rules, and the few flags that set one platform's convention apart. The
 * arranger and the planner read only this; a new platform is a new table (and, at most, a new flag).
 *
 * @param positionalRegisters  argument i takes register i of its class and burns the other class's (Windows x64)
 * @param shadowSpace          bytes the caller reserves below the stack arguments (Windows x64: 32)
 * @param packStackArguments   stack arguments take their natural size and alignment, not a full slot (Apple arm64)
 * @param variadicOnStack      every variadic argument goes on the stack (Apple arm64)
 * @param variadicFloatsInIntRegisters a variadic floating-point argument is also passed in the integer register
 *                             of its position (Windows x64)
 * @param vectorCountInAl      {@code al} holds the number of vector registers used (System V x86_64)
 * @param scratch              integer registers free for the stub: not arguments, not results, not callee-saved
 * @param floatScratch         a floating-point register free for the stub
 */
public record Abi(
        String name,
        Arch arch,
        List<Reg> intArgs,
        List<Reg> floatArgs,
        Reg intResult,
        Reg floatResult,
        int stackSlotSize,
        int stackAlignment,
        int shadowSpace,
        boolean positionalRegisters,
        boolean packStackArguments,
        boolean variadicOnStack,
        boolean variadicFloatsInIntRegisters,
        boolean vectorCountInAl,
        List<Reg> scratch,
        Reg floatScratch) {

    public Abi {
        intArgs = List.copyOf(intArgs);
        floatArgs = List.copyOf(floatArgs);
        scratch = List.copyOf(scratch);
        if (scratch.size() < 2) throw new IllegalArgumentException(name + ": stubs need two integer scratch registers");
    }

    public Reg resultRegister(RegClass cls) {
        return cls == RegClass.FLOAT ? floatResult : intResult;
    }

    public List<Reg> argRegisters(RegClass cls) {
        return cls == RegClass.FLOAT ? floatArgs : intArgs;
    }

    @Override
    public String toString() { return name; }
}
