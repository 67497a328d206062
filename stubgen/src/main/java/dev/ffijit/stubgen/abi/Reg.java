package dev.ffijit.stubgen.abi;

/** A machine register, named as the architecture's disassembler names its 64-bit form. */
public record Reg(RegClass cls, int number, String name) implements Loc {
    public static Reg gp(int number, String name) { return new Reg(RegClass.INT, number, name); }
    public static Reg fp(int number, String name) { return new Reg(RegClass.FLOAT, number, name); }
    public boolean isFloat() { return cls == RegClass.FLOAT; }

    @Override
    public String toString() { return name; }
}
