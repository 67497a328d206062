package dev.ffijit.stubgen.move;

import dev.ffijit.stubgen.abi.Loc;

import java.util.List;

/** A value that must travel from {@code src} to {@code dst}, widened by {@code exts} in order, in parallel with others. */
public record Transfer(Loc dst, Loc src, List<Ext> exts) {
    public Transfer {
        exts = List.copyOf(exts);
    }

    Transfer from(Loc newSrc) {
        return new Transfer(dst, newSrc, exts);
    }
}
