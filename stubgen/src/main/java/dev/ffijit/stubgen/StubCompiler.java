package dev.ffijit.stubgen;

import dev.ffijit.stubgen.code.Emitter;
import dev.ffijit.stubgen.code.MachineCode;
import dev.ffijit.stubgen.plan.StubPlanner;
import dev.ffijit.stubgen.plan.StubProgram;
import dev.ffijit.stubgen.plan.StubSpec;

/** Signature to machine code for one platform: plan, then emit. Pure: touches no native memory. */
public final class StubCompiler {
    private final Platform platform;
    private final StubPlanner planner;
    private final Emitter emitter;

    public StubCompiler(Platform platform) {
        this.platform = platform;
        this.planner = new StubPlanner(platform.abi());
        this.emitter = platform.emitter();
    }

    public Platform platform() { return platform; }

    public CompiledStub compile(StubSpec spec) {
        StubProgram program = planner.plan(spec);
        return new CompiledStub(spec, program, emitter.emit(program));
    }

    /** A stub's plan and code, position-independent until installed. */
    public record CompiledStub(StubSpec spec, StubProgram program, MachineCode machineCode) {
        public byte[] code() { return machineCode.bytes(); }
    }
}
