package dev.ffijit.stubgen.move;

import dev.ffijit.stubgen.abi.Loc;
import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The resolver against a tiny interpreter: after the moves, every destination holds its source's old value. */
class ParallelMovesTest {
    private static final Reg A = Reg.gp(0, "a"), B = Reg.gp(1, "b"), C = Reg.gp(2, "c"), D = Reg.gp(3, "d"),
            S0 = Reg.gp(10, "s0"), S1 = Reg.gp(11, "s1"), X = Reg.fp(0, "x"), Y = Reg.fp(1, "y"), FS = Reg.fp(15, "fs");
    private static final ParallelMoves PM = new ParallelMoves(S0, FS, S1);

    /** Runs moves on a map of 64-bit cells; memory slots are keyed by offset, registers by name. */
    static Map<String, Long> run(List<Move> moves, Map<String, Long> state) {
        Map<String, Long> s = new HashMap<>(state);
        for (Move m : moves) {
            long v = s.getOrDefault(key(m.src()), 0L);
            s.put(key(m.dst()), extend(v, m.ext()));
        }
        return s;
    }

    static String key(Loc l) { return l instanceof Mem m ? "mem" + m.offset() : ((Reg) l).name(); }

    static long extend(long v, Ext e) {
        if (e == Ext.NONE) return v;
        int sh = 64 - e.bits();
        return e.isSigned() ? (v << sh) >> sh : (v << sh) >>> sh;
    }

    static Transfer t(Loc dst, Loc src, Ext... exts) { return new Transfer(dst, src, List.of(exts)); }

    @Test
    void swapsThroughTheScratchRegister() {
        List<Move> moves = PM.resolve(List.of(t(A, B), t(B, A)));
        Map<String, Long> after = run(moves, Map.of("a", 1L, "b", 2L));
        assertEquals(2L, after.get("a"));
        assertEquals(1L, after.get("b"));
        assertEquals(3, moves.size());
    }

    @Test
    void rotatesAThreeCycleOfFloatRegistersThroughTheFloatScratch() {
        Reg z = Reg.fp(2, "z");
        List<Move> moves = PM.resolve(List.of(t(X, Y), t(Y, z), t(z, X)));
        Map<String, Long> after = run(moves, Map.of("x", 1L, "y", 2L, "z", 3L));
        assertEquals(List.of(2L, 3L, 1L), List.of(after.get("x"), after.get("y"), after.get("z")));
        assertEquals("fs", moves.get(0).dst().toString());
    }

    @Test
    void chainsRunInDependencyOrderWithExtensions() {
        // a <- sx8 b, b <- c, c <- d: JNI's "shift down two registers" shape
        List<Move> moves = PM.resolve(List.of(t(A, B, Ext.SX8), t(B, C), t(C, D)));
        Map<String, Long> after = run(moves, Map.of("a", 0L, "b", 0xFFL, "c", 7L, "d", 9L));
        assertEquals(-1L, after.get("a"));
        assertEquals(7L, after.get("b"));
        assertEquals(9L, after.get("c"));
        assertEquals(3, moves.size());
    }

    @Test
    void memoryToMemoryAndWidenedStoresGoThroughTheSecondScratch() {
        Mem in = Mem.fp(16, 8), out0 = Mem.sp(0, 8), out1 = Mem.sp(8, 8);
        List<Move> moves = PM.resolve(List.of(t(out0, in, Ext.SX8, Ext.ZX16), t(out1, A)));
        Map<String, Long> after = run(moves, Map.of("mem16", 0x80L, "a", 5L));
        assertEquals(0xFF80L, after.get("mem0"));
        assertEquals(5L, after.get("mem8"));
    }

    @Test
    void randomPermutationsOfRegistersAlwaysResolve() {
        Random r = new Random(42);
        Reg[] regs = {A, B, C, D, Reg.gp(4, "e"), Reg.gp(5, "f")};
        for (int round = 0; round < 500; round++) {
            List<Transfer> ts = new ArrayList<>();
            Map<String, Long> state = new HashMap<>();
            for (int i = 0; i < regs.length; i++) state.put(regs[i].name(), (long) i + 100);
            List<Reg> dsts = new ArrayList<>(List.of(regs));
            java.util.Collections.shuffle(dsts, r);
            int n = 1 + r.nextInt(regs.length);
            for (int i = 0; i < n; i++) ts.add(t(dsts.get(i), regs[r.nextInt(regs.length)]));
            Map<String, Long> after = run(PM.resolve(ts), state);
            for (Transfer tr : ts) assertEquals(state.get(key(tr.src())), after.get(key(tr.dst())), ts.toString());
        }
    }
}
