package dev.ffijit.stubgen.move;

import dev.ffijit.stubgen.abi.Loc;
import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;

/**
 * One machine-level move. At most one side is memory. A load reads {@code ext.bits()} bytes when an extension is
 * given, else the slot's size, zero-extended; a store writes the slot's size. Extensions apply to integer
 * register destinations only; a move between register classes copies the raw 64 bits.
 */
public record Move(Loc dst, Loc src, Ext ext) {
    public Move {
        if (dst instanceof Mem && src instanceof Mem) throw new IllegalArgumentException("memory to memory: " + this);
        if (ext != Ext.NONE && !(dst instanceof Reg r && !r.isFloat())) {
            throw new IllegalArgumentException("extension needs an integer register destination: " + dst);
        }
    }

    public static Move of(Loc dst, Loc src) { return new Move(dst, src, Ext.NONE); }

    @Override
    public String toString() {
        return dst + " <- " + (ext == Ext.NONE ? "" : ext.name().toLowerCase() + " ") + src;
    }
}
