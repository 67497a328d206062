package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.StubCompiler;
import dev.ffijit.stubgen.code.CodeBlock;
import dev.ffijit.stubgen.code.CodeBuffer;
import dev.ffijit.stubgen.code.ExecutableMemory;
import dev.ffijit.stubgen.code.NativeAccess;
import dev.ffijit.stubgen.plan.StubSpec;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the stubs of one holder class, installs them together in one executable block, binds them with
 * {@code RegisterNatives}, and frees the block when the holder class is unloaded.
 */
public final class StubLinker {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "ffijit-code-cleaner");
        t.setDaemon(true);
        return t;
    });
    private static final int STUB_ALIGNMENT = 16;

    private final NativeAccess access;
    private final StubCompiler compiler;
    private final ExecutableMemory memory;

    public StubLinker(NativeAccess access, Platform platform) {
        this.access = access;
        this.compiler = new StubCompiler(platform);
        this.memory = new ExecutableMemory(access, platform);
    }

    public StubCompiler compiler() { return compiler; }

    /** errno's offset from the thread pointer, for {@code ErrnoCapture.withThreadOffset}; null if not reliable. */
    public Integer errnoThreadOffset(long errnoLocation) {
        return new ThreadErrno(access, memory, compiler.platform()).offset(errnoLocation);
    }

    /** One static native method of the holder and the stub to bind it to. */
    public record Binding(String method, StubSpec spec) {}

    /** What was installed: the block, and each binding's compiled stub and entry address. */
    public record Linked(CodeBlock block, List<Entry> entries) {
        public record Entry(Binding binding, StubCompiler.CompiledStub stub, long address) {}
    }

    public Linked link(Class<?> holder, List<Binding> bindings) {
        CodeBuffer all = new CodeBuffer();
        List<StubCompiler.CompiledStub> stubs = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (Binding b : bindings) {
            StubCompiler.CompiledStub stub = compiler.compile(b.spec());
            all.alignTo(STUB_ALIGNMENT, 0);
            offsets.add(all.position());
            for (byte x : stub.code()) all.u8(x);
            stubs.add(stub);
        }
        CodeBlock block = memory.install(all.bytes());
        List<Linked.Entry> entries = new ArrayList<>();
        List<NativeAccess.NativeMethod> methods = new ArrayList<>();
        for (int i = 0; i < bindings.size(); i++) {
            Binding b = bindings.get(i);
            long entry = block.address() + offsets.get(i);
            entries.add(new Linked.Entry(b, stubs.get(i), entry));
            methods.add(new NativeAccess.NativeMethod(b.method(), b.spec().signature().jniDescriptor(), entry));
        }
        try {
            access.registerNatives(holder, methods);
        } catch (RuntimeException | Error e) {
            memory.free(block);
            throw e;
        }
        CLEANER.register(holder, new Unmap(memory, block));
        return new Linked(block, entries);
    }

    /** Holds no reference to the holder class, so the class can become unreachable. */
    private record Unmap(ExecutableMemory memory, CodeBlock block) implements Runnable {
        @Override
        public void run() {
            memory.free(block);
        }
    }
}
