package dev.ffijit.stubgen.abi;

/**
 * A memory operand: {@code size} bytes at {@code base + offset}. Values in slots are little-endian, so a narrower
 * value sits at the same address as the slot.
 */
public record Mem(Base base, Reg reg, int offset, int size) implements Loc {

    public enum Base {
        /** The stack pointer (outgoing arguments and the stub's own frame slots). */
        SP,
        /** The frame pointer, once the stub has built a frame (incoming arguments). */
        FP,
        /** The incoming argument area of a stub without a frame; becomes SP plus the return-address size. */
        ENTRY_SP,
        /** An address held in {@link #reg}. */
        REG,
        /**
         * The thread pointer ({@code fs} base on x86_64, {@code tpidr_el0} on AArch64): the static TLS of the C
         * library, errno among it, sits at a fixed offset from it in every thread.
         */
        THREAD
    }

    public static Mem sp(int offset, int size) { return new Mem(Base.SP, null, offset, size); }
    public static Mem fp(int offset, int size) { return new Mem(Base.FP, null, offset, size); }
    public static Mem entry(int offset, int size) { return new Mem(Base.ENTRY_SP, null, offset, size); }
    public static Mem at(Reg reg, int offset, int size) { return new Mem(Base.REG, reg, offset, size); }
    public static Mem thread(int offset, int size) { return new Mem(Base.THREAD, null, offset, size); }

    public Mem withSize(int newSize) { return new Mem(base, reg, offset, newSize); }

    @Override
    public boolean overlaps(Loc other) {
        if (!(other instanceof Mem m) || m.base != base || m.reg != reg) return false;
        return offset < m.offset + m.size && m.offset < offset + size;
    }

    @Override
    public String toString() {
        String b = base == Base.REG ? reg.name() : base.name().toLowerCase();
        return "[" + b + (offset >= 0 ? "+" : "") + offset + "]." + size;
    }
}
