package dev.ffijit.agent.jnr;

import dev.ffijit.agent.Agent;
import dev.ffijit.agent.config.Config;
import dev.ffijit.agent.host.HostLoader;
import dev.ffijit.agent.inst.Hooks;
import dev.ffijit.agent.inst.HostIntegration;
import dev.ffijit.agent.log.Log;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * jnr-ffi: rewrites {@code AsmLibraryLoader} so that ffijit's generator goes in front of jnr-ffi's own for every
 * interface it loads (see {@code docs/jnr.md}). jnr-ffi still generates the implementation class the application
 * gets; only the bodies of the methods ffijit takes over differ.
 */
public final class JnrIntegration implements HostIntegration {
    /** The anchor of one copy of jnr-ffi: its {@code MethodGenerator} interface (see {@code JnrHooks}). */
    private static final String ANCHOR = "jnr.ffi.provider.jffi.MethodGenerator";
    private static final String HOOK = "dev.ffijit.agent.jnr.runtime.JnrHook";
    /** One instance, so that registering it again for another copy of jnr-ffi adds nothing to those asked. */
    private static final java.util.function.Function<Class<?>, Object> FACTORY = JnrIntegration::hookFor;

    private final Agent agent;

    public JnrIntegration(Agent agent) {
        this.agent = agent;
    }

    @Override
    public String name() {
        return "jnr";
    }

    @Override
    public boolean wants(String internalName) {
        return internalName.equals(AsmLibraryLoaderRewriter.CLASS);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefining,
                            byte[] classFile) throws Exception {
        byte[] rewritten;
        try {
            rewritten = AsmLibraryLoaderRewriter.rewrite(classFile);
        } catch (AsmLibraryLoaderRewriter.UnexpectedShape e) {
            Log.warn("jnr-ffi's AsmLibraryLoader does not have the expected shape (" + e.getMessage()
                    + "); every jnr-ffi method stays on jnr-ffi's path");
            return null;
        }
        if (!Hooks.register(agent.instrumentation(), agent.config().get(Config.BRIDGE), loader, FACTORY)) {
            Log.info(Hooks.unreachable(internalName, loader));
            return null;
        }
        return rewritten;
    }

    /** The hook for one copy of jnr-ffi, living in a loader beside it; null (and a warning) if it cannot be made. */
    private static Object hookFor(Class<?> anchor) {
        if (!anchor.getName().equals(ANCHOR)) return null;
        try {
            ClassLoader host = HostLoader.beside(anchor, List.of("dev.ffijit.agent.jnr.runtime."));
            return host.loadClass(HOOK).getConstructor(Class.class).newInstance(anchor);
        } catch (Throwable t) {
            Throwable cause = t instanceof InvocationTargetException && t.getCause() != null ? t.getCause() : t;
            Log.warn("cannot accelerate jnr-ffi from " + anchor.getClassLoader() + "; it runs on its own path", cause);
            return null;
        }
    }
}
