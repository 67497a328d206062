package dev.ffijit.stubgen.plan;

import java.util.List;
import java.util.stream.Collectors;

/** A planned stub: its ops, ready for an emitter. */
public record StubProgram(List<Op> ops, boolean tailCall, int frameSize) {
    public StubProgram {
        ops = List.copyOf(ops);
    }

    /** One op a line, for dumps and failure messages. */
    public String listing() {
        return ops.stream().map(StubProgram::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Op op) {
        if (op instanceof Op.Transfer t) return "  move " + t.move();
        if (op instanceof Op.Call c) return "  call " + c.target().name();
        if (op instanceof Op.TailJump j) return "  jump " + j.target().name();
        return "  " + op;
    }
}
