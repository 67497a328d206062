package dev.ffijit.stubgen.move;

import dev.ffijit.stubgen.abi.Loc;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.abi.RegClass;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders a set of parallel transfers into sequential {@link Move}s so that no source is overwritten before it is
 * read (the JDK's {@code ArgumentShuffle}, in small). A cycle is broken by parking one value in a scratch
 * register; memory-to-memory transfers and widened stores go through a second scratch register.
 */
public final class ParallelMoves {
    private final Reg cycleScratch;
    private final Reg floatCycleScratch;
    private final Reg memScratch;

    public ParallelMoves(Reg cycleScratch, Reg floatCycleScratch, Reg memScratch) {
        this.cycleScratch = cycleScratch;
        this.floatCycleScratch = floatCycleScratch;
        this.memScratch = memScratch;
    }

    public List<Move> resolve(List<Transfer> transfers) {
        checkDistinctDestinations(transfers);
        List<Transfer> pending = new ArrayList<>(transfers);
        List<Move> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            Transfer ready = null;
            for (Transfer t : pending) {
                if (!isReadByOther(t, pending)) {
                    ready = t;
                    break;
                }
            }
            if (ready != null) {
                pending.remove(ready);
                lower(ready, out);
            } else {
                breakCycle(pending, out);
            }
        }
        return out;
    }

    private static boolean isReadByOther(Transfer t, List<Transfer> pending) {
        for (Transfer o : pending) {
            if (o != t && o.src().overlaps(t.dst())) return true;
        }
        return false;
    }

    /** Every pending destination is still to be read: park one destination's current value and read it from there. */
    private void breakCycle(List<Transfer> pending, List<Move> out) {
        Loc blocked = pending.get(0).dst();
        if (!(blocked instanceof Reg r)) throw new IllegalStateException("cycle through memory: " + pending);
        Reg park = r.cls() == RegClass.FLOAT ? floatCycleScratch : cycleScratch;
        for (Transfer t : pending) {
            if (t.src().equals(park)) throw new IllegalStateException("scratch register already holds a value");
        }
        out.add(Move.of(park, blocked));
        pending.replaceAll(t -> t.src().overlaps(blocked) ? t.from(park) : t);
    }

    private void lower(Transfer t, List<Move> out) {
        List<Ext> exts = t.exts();
        if (t.dst().equals(t.src()) && exts.isEmpty()) return;
        boolean direct = t.dst() instanceof Reg || (t.src() instanceof Reg && exts.isEmpty());
        Loc work = direct ? t.dst() : memScratch;
        out.add(new Move(work, t.src(), exts.isEmpty() ? Ext.NONE : exts.get(0)));
        for (int i = 1; i < exts.size(); i++) out.add(new Move(work, work, exts.get(i)));
        if (work != t.dst()) out.add(Move.of(t.dst(), work));
    }

    private static void checkDistinctDestinations(List<Transfer> transfers) {
        for (int i = 0; i < transfers.size(); i++) {
            for (int j = i + 1; j < transfers.size(); j++) {
                if (transfers.get(i).dst().overlaps(transfers.get(j).dst())) {
                    throw new IllegalArgumentException("two transfers write " + transfers.get(i).dst());
                }
            }
        }
    }
}
