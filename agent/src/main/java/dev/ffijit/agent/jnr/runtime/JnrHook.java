package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.agent.Agent;
import dev.ffijit.agent.inst.BridgeJar;
import dev.ffijit.agent.inst.Hooks;
import dev.ffijit.agent.log.Log;
import dev.ffijit.bootstrap.JnrGeneratorHook;

import java.util.Map;

/**
 * The hook for one copy of jnr-ffi, made by the agent in a loader beside jnr-ffi's. It names no class of the glue
 * jar itself: those exist only once its constructor has defined them.
 */
public final class JnrHook implements JnrGeneratorHook {
    private final JnrBackend backend;

    /** @param methodGenerator jnr-ffi's {@code MethodGenerator} interface */
    public JnrHook(Class<?> methodGenerator) throws Exception {
        JnrCompatibility.check();
        GlueClasses.define(methodGenerator);
        this.backend = new JnrBackend(Agent.current());
    }

    @Override
    public Object[] generators(Object[] generators, Class<?> interfaceClass, Map<?, ?> libraryOptions, Object library) {
        // jnr-ffi defines the implementation in a child of the interface's loader; its call sites link through the bridge
        if (!BridgeJar.visibleFrom(interfaceClass.getClassLoader())) {
            Log.info(Hooks.unreachable(interfaceClass.getName(), interfaceClass.getClassLoader()));
            return generators;
        }
        try {
            return JnrGeneration.prepend(backend, generators, interfaceClass, library);
        } catch (Throwable t) {
            Log.warn("jnr-ffi interface " + interfaceClass.getName() + " left to jnr-ffi", t);
            return generators;
        }
    }

    @Override
    public Throwable finish(Object[] generators) {
        return JnrGeneration.finish(generators);
    }
}
