package dev.ffijit.stubgen.move;

/** Widening of the low bits of an integer register to all 64 bits. */
public enum Ext {
    NONE(64, false),
    SX8(8, true), ZX8(8, false),
    SX16(16, true), ZX16(16, false),
    SX32(32, true), ZX32(32, false);

    private final int bits;
    private final boolean signed;

    Ext(int bits, boolean signed) {
        this.bits = bits;
        this.signed = signed;
    }

    public int bits() { return bits; }
    public boolean isSigned() { return signed; }

    public static Ext of(int bits, boolean signed) {
        for (Ext e : values()) {
            if (e.bits == bits && (bits == 64 || e.signed == signed)) return e;
        }
        throw new IllegalArgumentException("no extension from " + bits + " bits");
    }
}
