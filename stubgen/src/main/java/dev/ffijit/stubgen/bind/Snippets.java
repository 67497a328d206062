package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.code.CodeBlock;
import dev.ffijit.stubgen.code.ExecutableMemory;
import dev.ffijit.stubgen.plan.Op;
import dev.ffijit.stubgen.plan.StubProgram;

import java.util.List;

/** The probes' own code: a few frameless ops installed on their own, returning a word. The caller frees the block. */
final class Snippets {
    private Snippets() {}

    static CodeBlock install(ExecutableMemory memory, Platform platform, List<Op> ops) {
        return memory.install(platform.emitter().emit(new StubProgram(ops, false, 0)).bytes());
    }

    /** Returns the calling thread's thread pointer. */
    static CodeBlock threadPointer(ExecutableMemory memory, Platform platform) {
        return install(memory, platform, List.of(new Op.ThreadPointer(platform.abi().intResult()), new Op.Return()));
    }
}
