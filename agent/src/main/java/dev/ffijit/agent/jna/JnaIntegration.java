package dev.ffijit.agent.jna;

import dev.ffijit.agent.Agent;
import dev.ffijit.agent.inst.HostIntegration;
import dev.ffijit.agent.inst.Hooks;

import java.util.Map;
import java.util.Set;

/**
 * JNA interface mapping ({@code Native.load}): rewrites {@code Library$Handler.invoke} to consult ffijit first and
 * gives proxy classes of library interfaces one slot per method ({@link ProxyRewriter}). Direct mapping
 * ({@code Native.register}): {@link NativeRewriter} calls ffijit when a class has been registered. Everything that links
 * against JNA happens later, in {@link JnaHooks}' runtime, on the first call through a handler.
 */
public final class JnaIntegration implements HostIntegration {
    private final Agent agent;
    private final JnaHooks hooks;

    public JnaIntegration(Agent agent) {
        this.agent = agent;
        this.hooks = new JnaHooks(agent);
    }

    @Override
    public String name() { return "jna"; }

    @Override
    public boolean wants(String internalName) {
        if (internalName.equals(HandlerRewriter.HANDLER) || internalName.equals(NativeRewriter.NATIVE)) return true;
        int slash = internalName.lastIndexOf('/');
        return internalName.startsWith("$Proxy", slash + 1);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefining, byte[] classFile)
            throws Exception {
        if (internalName.equals(HandlerRewriter.HANDLER)) {
            byte[] rewritten = HandlerRewriter.rewrite(classFile);
            if (rewritten == null) return null;
            Hooks.register(agent.instrumentation(), hooks);
            letReadBridge(module);
            agent.dump().classFile("com.sun.jna.Library$Handler", rewritten);
            return rewritten;
        }
        if (internalName.equals(NativeRewriter.NATIVE)) {
            byte[] rewritten = NativeRewriter.rewrite(classFile);
            if (rewritten == null) return null;
            Hooks.register(agent.instrumentation(), hooks);
            letReadBridge(module);
            agent.dump().classFile("com.sun.jna.Native", rewritten);
            return rewritten;
        }
        // A late attach cannot add fields to classes that already exist; their calls take the handler hook.
        if (redefining != null) return null;
        byte[] rewritten = ProxyRewriter.rewrite(loader, classFile);
        if (rewritten != null && agent.dump().enabled()) agent.dump().classFile(internalName.replace('/', '.'), rewritten);
        return rewritten;
    }

    /** JNA as a named module (jna-jpms) reads no unnamed module; the rewritten handler calls one, the bridge's. */
    private void letReadBridge(Module jna) throws ClassNotFoundException {
        if (jna == null || !jna.isNamed()) return;
        Module bridge = Class.forName("dev.ffijit.bootstrap.Bridge", false, null).getModule();
        if (!jna.canRead(bridge)) {
            agent.instrumentation().redefineModule(jna, Set.of(bridge), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
