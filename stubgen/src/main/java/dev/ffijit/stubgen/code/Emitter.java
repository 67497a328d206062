package dev.ffijit.stubgen.code;

import dev.ffijit.stubgen.plan.StubProgram;

/** Turns a planned stub into position-independent machine code for one architecture. */
public interface Emitter {
    MachineCode emit(StubProgram program);
}
