package dev.ffijit.agent.jna.runtime;

import dev.ffijit.agent.Agent;
import dev.ffijit.agent.log.Log;
import dev.ffijit.stubgen.Platform;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * ffijit's JNA runtime for one copy of JNA, created in that JNA's {@link dev.ffijit.agent.host.HostLoader} by the
 * first {@code Library.Handler.invoke}: the stub linker, the strerror binding LastErrorException messages need,
 * and the hook.
 */
public final class JnaRuntime {
    /** The C library's XSI strerror_r, the one libjnidispatch links against, per OS. */
    private static final Map<Platform.Os, List<String>> STRERROR = Map.of(
            Platform.Os.LINUX, List.of("__xpg_strerror_r", "strerror_r"),
            Platform.Os.MACOS, List.of("strerror_r"));

    private JnaRuntime() {}

    /**
     * The classes generated code calls. They reach into JNA's internals; initialising them all here, before anything
     * is bound, turns a JNA whose internals differ into "no runtime" (every call on JNA's path, one warning) instead
     * of an error inside some later call.
     */
    private static final List<Class<?>> SUPPORT = List.of(JnaInternals.class, StructAccess.class, Kinds.class,
            NativeMemory.class, StructSync.class, StringArgs.class, SlowCall.class, DirectBuffers.class,
            ThreadBuffers.class, WideChars.class, Args.class, NativeMappedArgs.class, ArrayArgs.class, BufferArgs.class,
            StructArgs.class, Results.class, LastErrors.class, KeptErrno.class);

    /**
     * Called reflectively by {@code dev.ffijit.agent.jna.JnaHooks}, once per copy of JNA; returns the hook for each
     * anchor class name: {@code Library$Handler}'s {@code InvocationHook} (interface mapping) and {@code Native}'s
     * {@code JnaDirectHook} (direct mapping).
     */
    public static Function<String, Object> create(Agent agent, Class<?> nativeClass) throws Throwable {
        int errno = KeptErrno.saveThroughJna(agent.platform().os().errnoLocationSymbol());
        try {
            return start(agent);
        } finally {
            KeptErrno.restore(errno);
        }
    }

    private static Function<String, Object> start(Agent agent) throws Throwable {
        for (Class<?> c : SUPPORT) MethodHandles.lookup().ensureInitialized(c);
        Natives natives = Natives.create(agent.platform());
        KeptErrno.install(natives.callerErrno());
        Log.debug("jna: stubs read errno " + natives.errnoAccess());
        LastErrors.install(strerror(natives));
        HandlerHook handler = new HandlerHook(new Bindings(new LibraryBinder(agent, natives, new TypeRules(Mapping.INTERFACE))));
        DirectHook direct = new DirectHook(new DirectBinder(agent, natives, new TypeRules(Mapping.DIRECT)));
        return anchor -> switch (anchor) {
            case "com.sun.jna.Library$Handler" -> handler;
            case "com.sun.jna.Native" -> direct;
            default -> null;
        };
    }

    /** {@code int strerror_r(int, char *, size_t)} as (int, long, long)int, bound to a stub of its own. */
    private static MethodHandle strerror(Natives natives) throws ReflectiveOperationException {
        long address = 0;
        for (String name : STRERROR.get(natives.platform().os())) {
            address = natives.access().symbol(name);
            if (address != 0) break;
        }
        if (address == 0) throw new IllegalStateException("no strerror_r");
        Signature sig = Signature.of(Param.of(JType.INT, CType.SINT32), Param.of(JType.INT, CType.SINT32),
                Param.of(JType.LONG, CType.POINTER), Param.of(JType.LONG, CType.UINT64));
        return natives.linker().bindOne("strerror", StubSpec.of(sig, address));
    }
}
