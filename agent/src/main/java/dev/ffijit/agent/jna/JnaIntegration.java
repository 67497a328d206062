package dev.ffijit.agent.jna;

import dev.ffijit.agent.Agent;
import dev.ffijit.agent.inst.HostIntegration;
import dev.ffijit.agent.config.Config;
import dev.ffijit.agent.inst.BridgeJar;
import dev.ffijit.agent.inst.Hooks;
import dev.ffijit.agent.log.Log;

import java.util.Map;
import java.util.Set;

/**
 * JNA interface mapping ({@code Native.load}): rewrites {@code Library$Handler.invoke} to consult ffijit first and
 * gives proxy classes of library interfaces one slot per method ({@link ProxyRewriter}). Direct mapping
 * ({@code Native.register}): {@link NativeRewriter} calls ffijit when a class has been registered. Everything that links
 * against JNA happens later, in {@link JnaHooks}' runtime, on the first call through a handler. Nothing is rewritten
 * for a class loader whose JNA is not a release ffijit follows ({@link JnaRelease}).
 */
public final class JnaIntegration implements HostIntegration {
    private final Agent agent;
    private final boolean direct;
    /** Made on the first JNA class: verifying it loads ASM, which an application without JNA never needs. */
    private static final class Release {
        static final JnaRelease JNA = new JnaRelease();
    }
    /** Made when the first JNA class is rewritten: an application without JNA never loads the hooks' classes. */
    private JnaHooks hooks;

    public JnaIntegration(Agent agent) {
        this.agent = agent;
        this.direct = agent.config().get(Config.JNA_DIRECT_ENABLED);
    }

    @Override
    public String name() { return "jna"; }

    @Override
    public boolean wants(String internalName) {
        if (internalName.equals(HandlerRewriter.HANDLER) || internalName.equals(NativeRewriter.NATIVE)
                || internalName.equals(NativeLibraryRewriter.NATIVE_LIBRARY)) {
            return true;
        }
        int slash = internalName.lastIndexOf('/');
        if (internalName.startsWith("$Proxy", slash + 1)) return true;
        // direct-mapped classes: any application class may be one; transform() looks at its bytes
        return direct && !internalName.startsWith("java/") && !internalName.startsWith("jdk/")
                && !internalName.startsWith("sun/") && !internalName.startsWith("dev/ffijit/agent/")
                && !internalName.startsWith("dev/ffijit/bootstrap/") && !internalName.startsWith("dev/ffijit/stubgen/")
                && !internalName.startsWith("dev/ffijit/shaded/");
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefining, byte[] classFile)
            throws Exception {
        switch (internalName) {
            case HandlerRewriter.HANDLER, NativeRewriter.NATIVE, NativeLibraryRewriter.NATIVE_LIBRARY:
                return Release.JNA.supported(loader) ? bridged(module, loader, internalName, rewriteJna(internalName, classFile))
                        : null;
            default:
                break;
        }
        // A late attach cannot add fields or methods to classes that already exist: proxies take the handler hook,
        // direct-mapped classes keep JNA's path for the methods that need marshalling.
        if (redefining != null) return null;
        int slash = internalName.lastIndexOf('/');
        if (!internalName.startsWith("$Proxy", slash + 1)) {
            if (!NativeMentions.in(classFile) || !Release.JNA.supported(loader)) return null;
            // the bridge must be there before the class links its sites
            return bridged(module, loader, internalName, DirectClassRewriter.rewrite(classFile));
        }
        byte[] rewritten = ProxyRewriter.rewrite(loader, classFile);
        if (rewritten == null || !Release.JNA.supported(loader)) return null;
        if (agent.dump().enabled()) agent.dump().classFile(internalName.replace('/', '.'), rewritten);
        return rewritten;
    }

    private static byte[] rewriteJna(String internalName, byte[] classFile) {
        return switch (internalName) {
            case HandlerRewriter.HANDLER -> HandlerRewriter.rewrite(classFile);
            case NativeRewriter.NATIVE -> NativeRewriter.rewrite(classFile);
            default -> NativeLibraryRewriter.rewrite(classFile);
        };
    }

    /**
     * A class whose rewritten code calls the bridge: makes sure the bridge is installed and readable from the class's
     * module before the class is defined, and dumps it. Passes null (nothing rewritten) through.
     */
    private byte[] bridged(Module module, ClassLoader loader, String internalName, byte[] rewritten) throws Exception {
        if (rewritten == null) return null;
        if (!Hooks.register(agent.instrumentation(), agent.config().get(Config.BRIDGE), loader, hooks())) {
            Log.info(Hooks.unreachable(internalName, loader));
            return null;
        }
        letReadBridge(module);
        agent.dump().classFile(internalName.replace('/', '.'), rewritten);
        return rewritten;
    }

    private synchronized JnaHooks hooks() {
        if (hooks == null) hooks = new JnaHooks(agent);
        return hooks;
    }

    /** JNA as a named module (jna-jpms), or a named application module, reads no unnamed module; rewritten code calls one, the bridge's. */
    private void letReadBridge(Module jna) {
        if (jna == null || !jna.isNamed()) return;
        Module bridge = BridgeJar.module();
        if (!jna.canRead(bridge)) {
            agent.instrumentation().redefineModule(jna, Set.of(bridge), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
