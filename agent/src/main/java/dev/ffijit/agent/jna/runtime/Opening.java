package dev.ffijit.agent.jna.runtime;

import dev.ffijit.agent.Agent;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.Set;

/**
 * Private lookups into classes of other modules. Unnamed and automatic modules (JNA on the class path or module
 * path as a plain jar, applications) are open already; an explicit module is opened to ffijit alone, through the
 * agent's {@code Instrumentation}, only for the package asked for.
 */
final class Opening {
    private Opening() {}

    static MethodHandles.Lookup privateLookup(Class<?> target) throws IllegalAccessException {
        openTo(target, Opening.class.getModule());
        return MethodHandles.privateLookupIn(target, MethodHandles.lookup());
    }

    static void openTo(Class<?> target, Module reader) {
        Module m = target.getModule();
        String pkg = target.getPackageName();
        if (m.isOpen(pkg, reader)) return;
        Agent agent = Agent.current();
        if (agent == null) throw new IllegalStateException("package " + pkg + " of " + m + " is not open to ffijit");
        agent.instrumentation().redefineModule(m, Set.of(), Map.of(), Map.of(pkg, Set.of(reader)), Set.of(), Map.of());
    }
}
