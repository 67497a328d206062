package dev.ffijit.stubgen.bind;

import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.StubCompiler;
import dev.ffijit.stubgen.code.CodeBlock;
import dev.ffijit.stubgen.code.CodeBuffer;
import dev.ffijit.stubgen.code.ExecutableMemory;
import dev.ffijit.stubgen.code.NativeAccess;
import dev.ffijit.stubgen.plan.ErrnoCapture;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

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

    /**
     * The calling thread's errno from Java, through {@code errnoLocation} ({@code __errno_location} and the like) on a
     * stub of its own that saves no errno.
     */
    public CallerErrno callerErrno(long errnoLocation) throws ReflectiveOperationException {
        Signature sig = Signature.of(Param.of(JType.LONG, CType.POINTER));
        return new CallerErrno(bindOne("errnoLocation", StubSpec.of(sig, errnoLocation)), access);
    }

    /**
     * The host's per-thread last-error cell, for {@code ErrnoCapture.withSlot}; null if not found.
     * {@code set}/{@code get} are the host's own API for its last error ({@link HostSlotFinder}).
     */
    public ErrnoCapture.HostSlot hostErrnoSlot(IntConsumer set, IntSupplier get) {
        return new HostSlotFinder(access, this, memory, compiler.platform()).find(set, get);
    }

    /**
     * One stub in a holder of its own, as a handle typed by the signature's carriers. The handle keeps the holder,
     * and with it the stub's code, alive.
     */
    public MethodHandle bindOne(String name, StubSpec spec) throws ReflectiveOperationException {
        MethodHandles.Lookup holder = NativeHolders.define(
                List.of(new NativeHolders.Declaration(name, spec.signature().jniDescriptor())));
        link(holder.lookupClass(), List.of(new Binding(name, spec)));
        return holder.findStatic(holder.lookupClass(), name, spec.signature().javaMethodType());
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
