package dev.ffijit.agent.inst;

import dev.ffijit.agent.log.Log;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.List;

/**
 * The only transformer ffijit registers: a name check per class load, so an application that never touches JNA
 * or jnr-ffi pays for nothing else. Any failure leaves the class untouched and is logged once per class.
 */
public final class RoutingTransformer implements ClassFileTransformer {
    private final List<HostIntegration> hosts;

    public RoutingTransformer(List<HostIntegration> hosts) {
        this.hosts = List.copyOf(hosts);
    }

    public List<HostIntegration> hosts() { return hosts; }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefining,
                            ProtectionDomain domain, byte[] classFile) {
        if (className == null) return null;
        for (HostIntegration h : hosts) {
            if (!h.wants(className)) continue;
            try {
                byte[] rewritten = h.transform(module, loader, className, redefining, classFile);
                if (rewritten != null) return rewritten; // else the next integration that wants the class may
            } catch (Throwable t) {
                Log.warn("left " + className.replace('/', '.') + " unchanged (" + h.name() + " transformation failed)", t);
                return null;
            }
        }
        return null;
    }
}
