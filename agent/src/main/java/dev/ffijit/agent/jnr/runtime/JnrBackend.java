package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.Internals;
import dev.ffijit.agent.Agent;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.plan.ErrnoCapture;

import java.util.List;

/**
 * What every interface of one copy of jnr-ffi shares: the agent, the stub linker over that copy's jffi (made on
 * first use), and the errno capture that writes jffi's slot, which jnr-ffi's {@code Runtime.getLastError()}
 * reads.
 */
final class JnrBackend {
    final Agent agent;
    private final ErrnoCapture errno;
    private StubLinker linker;

    JnrBackend(Agent agent) {
        this.agent = agent;
        long save = errnoSaveFunction();
        this.errno = save == 0 ? null : new ErrnoCapture(ErrnoCapture.Style.NO_ARGS, 0, save, false);
    }

    /** The capture for methods that save errno, or null when this jffi exports no save function. */
    ErrnoCapture errno() {
        return errno;
    }

    synchronized StubLinker.Linked link(Class<?> holder, List<StubLinker.Binding> bindings) {
        if (linker == null) linker = new StubLinker(new JffiNativeAccess(), agent.platform());
        return linker.link(holder, bindings);
    }

    private static long errnoSaveFunction() {
        try {
            return Internals.getErrnoSaveFunction();
        } catch (Throwable t) {
            return 0;
        }
    }
}
