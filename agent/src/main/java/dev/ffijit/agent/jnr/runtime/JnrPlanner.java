package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.agent.Agent;
import dev.ffijit.agent.config.Config;
import dev.ffijit.agent.log.Log;
import dev.ffijit.agent.report.Binding;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.plan.StubSpec;
import jnr.ffi.provider.jffi.FfijitMethodGenerator;
import jnr.ffi.provider.jffi.FfijitMethodGenerator.Request;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * ffijit's side of one jnr-ffi interface: decides per method (reported once), then generates and links all
 * accepted methods together in one hidden class and one block of stubs. A failure to link falls back per method.
 */
final class JnrPlanner implements FfijitMethodGenerator.Planner {
    private record Accepted(Request request, CallPlan plan, Binding binding) {}

    private final JnrBackend backend;
    private final String library;
    private final Map<Request, Accepted> accepted = new IdentityHashMap<>();

    JnrPlanner(JnrBackend backend, String library) {
        this.backend = backend;
        this.library = library;
    }

    @Override
    public boolean accepts(Request r) {
        Agent agent = backend.agent;
        String owner = r.interfaceClass.getName();
        Binding binding = agent.report().add("jnr", library, owner, r.name);
        try {
            if (!agent.config().accepts(library, owner, r.name)) {
                throw new MethodAnalysis.Fallback("excluded by ffijit.include/ffijit.exclude");
            }
            if (r.jnrStub && !agent.config().get(Config.JNR_REPLACE_STUBS)) {
                throw new MethodAnalysis.Fallback("jnr-ffi binds it to its own machine-code stub"
                        + " (ffijit.jnr.replaceStubs=true takes it over)");
            }
            if (r.saveError && backend.errno() == null) {
                throw new MethodAnalysis.Fallback("this jffi has no errno save function");
            }
            accepted.put(r, new Accepted(r, MethodAnalysis.plan(r, backend.errno()), binding));
            return true;
        } catch (MethodAnalysis.Fallback f) {
            binding.fallback(f.getMessage() + " [jnr-ffi: " + r.jnrGenerator + "]");
            Log.debug("jnr " + binding.name() + " stays on jnr-ffi's path: " + f.getMessage());
            return false;
        } catch (RuntimeException | LinkageError e) {
            binding.fallback("ffijit could not analyse it: " + e + " [jnr-ffi: " + r.jnrGenerator + "]");
            Log.warn("jnr " + binding.name() + " stays on jnr-ffi's path", e);
            return false;
        }
    }

    @Override
    public Map<Request, MethodHandle> link(List<Request> requests) {
        List<Accepted> all = new ArrayList<>();
        for (Request r : requests) all.add(accepted.get(r));
        Map<Request, MethodHandle> targets = new HashMap<>();
        try {
            targets.putAll(linkTogether(all));
        } catch (Throwable batch) {
            // one bad method must not take the others down: link each alone
            for (Accepted a : all) {
                try {
                    targets.putAll(linkTogether(List.of(a)));
                } catch (Throwable t) {
                    a.binding().fallback("ffijit could not link it: " + t + " [jnr-ffi: " + a.request().jnrGenerator + "]");
                    Log.warn("jnr " + a.binding().name() + " stays on jnr-ffi's path", t);
                }
            }
        }
        return targets;
    }

    private Map<Request, MethodHandle> linkTogether(List<Accepted> all) throws ReflectiveOperationException {
        Agent agent = backend.agent;
        List<CallPlan> plans = new ArrayList<>();
        List<LongAdder> counters = new ArrayList<>();
        for (Accepted a : all) {
            plans.add(a.plan());
            counters.add(agent.report().counting() ? a.binding().counter() : null);
        }
        CallClassGenerator.Generated generated = CallClassGenerator.generate(plans, counters);
        MethodHandles.Lookup lookup = MethodHandles.lookup()
                .defineHiddenClassWithClassData(generated.bytes(), generated.classData(), true);
        Class<?> holder = lookup.lookupClass();
        agent.dump().classFile(holder.getName(), generated.bytes());

        List<StubLinker.Binding> bindings = new ArrayList<>();
        for (int k = 0; k < plans.size(); k++) {
            CallPlan p = plans.get(k);
            bindings.add(new StubLinker.Binding(CallClassGenerator.rawName(k),
                    new StubSpec(p.signature(), p.request().functionAddress, p.errno())));
        }
        StubLinker.Linked linked = backend.link(holder, bindings);

        Map<Request, MethodHandle> targets = new IdentityHashMap<>();
        for (int k = 0; k < plans.size(); k++) {
            Accepted a = all.get(k);
            MethodHandle call = lookup.findStatic(holder, CallClassGenerator.callName(k), plans.get(k).erasedType());
            // the forwarding method passes the implementation instance first; it keeps the target reachable
            targets.put(a.request(), MethodHandles.dropArguments(call, 0, Object.class));
            a.binding().accelerated(describe(a.request()));
            agent.dump().stub("jnr." + a.binding().name(), linked.entries().get(k).stub(), agent.platform().name());
        }
        return targets;
    }

    private static String describe(Request r) {
        return "trampoline " + (r.jnrStub ? "replacing jnr-ffi's own stub" : "instead of jnr-ffi's " + r.jnrGenerator)
                + (r.saveError ? ", errno saved" : "");
    }
}
