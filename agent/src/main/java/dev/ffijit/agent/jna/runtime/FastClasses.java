package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Pointer;
import dev.ffijit.agent.Agent;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.plan.StubSpec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * Defines the fast class of one interface (interface mapping) or one registered class (direct mapping) and binds
 * its raw natives to their stubs: the same steps for both mappings, which differ only in how they reach the fast
 * methods afterwards.
 */
final class FastClasses {
    private FastClasses() {}

    /** The fast method of each plan, in order, typed as {@link MethodPlan#fastType()}. */
    static List<MethodHandle> define(Agent agent, Natives natives, String name, String owner, List<MethodPlan> plans)
            throws Throwable {
        FastClassWriter fw = new FastClassWriter(name);
        boolean counting = agent.report().counting();
        for (int i = 0; i < plans.size(); i++) fw.add(plans.get(i), i, counting ? plans.get(i).binding().counter() : null);
        byte[] bytes = fw.finish();
        Generated.dump(fw.name().replace('/', '.'), bytes);
        MethodHandles.Lookup fast = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, fw.data().values(), false);

        List<StubLinker.Binding> stubs = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            MethodPlan p = plans.get(i);
            stubs.add(new StubLinker.Binding(FastClassWriter.rawName(p, i), new StubSpec(p.signature(),
                    Pointer.nativeValue(p.function()), natives.errno(p.throwsLastError()))));
        }
        dumpStubs(agent, natives, owner, natives.linker().link(fast.lookupClass(), stubs));

        List<MethodHandle> methods = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            MethodPlan p = plans.get(i);
            methods.add(fast.findStatic(fast.lookupClass(), FastClassWriter.fastName(p, i), p.fastType()));
        }
        return methods;
    }

    /** Writes each linked stub to {@code ffijit.dump}, when it is set. */
    static void dumpStubs(Agent agent, Natives natives, String owner, StubLinker.Linked linked) {
        if (!agent.dump().enabled()) return;
        for (StubLinker.Linked.Entry e : linked.entries()) {
            agent.dump().stub(owner + "." + e.binding().method(), e.stub(), natives.platform().name());
        }
    }
}
