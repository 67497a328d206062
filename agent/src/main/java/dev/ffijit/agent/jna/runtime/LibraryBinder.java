package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import dev.ffijit.agent.Agent;
import dev.ffijit.agent.log.Log;
import dev.ffijit.agent.report.Binding;
import dev.ffijit.stubgen.sig.SignatureException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds one {@code Library.Handler} at its first call: decides every method of its interface once (a fast path,
 * or JNA's with a reason), generates the fast class and the adapter, links the stubs, and reports each method.
 * Nothing it does changes what JNA does for a method left on JNA's path; any internal failure leaves the whole
 * library there, with one warning.
 */
final class LibraryBinder {
    private static final int MAX_ARGS = 256; // Function.MAX_NARGS
    private static final int THROW_LAST_ERROR = 0x40; // Function.THROW_LAST_ERROR
    private static final Set<String> OBJECT_METHODS = Set.of("equals(Ljava/lang/Object;)Z", "hashCode()I",
            "toString()Ljava/lang/String;");

    private final Agent agent;
    private final Natives natives;
    private final TypeRules rules;

    LibraryBinder(Agent agent, Natives natives, TypeRules rules) {
        this.agent = agent;
        this.natives = natives;
        this.rules = rules;
    }

    /** Never throws: whatever goes wrong leaves the library on JNA's path, with one warning. */
    LibraryBinding bind(Library.Handler handler) {
        try {
            return bindOrThrow(handler);
        } catch (Throwable t) {
            Log.warn("jna: " + handler.getInterfaceClass().getName() + " stays on JNA's path: binding failed", t);
            return LibraryBinding.NONE;
        }
    }

    private LibraryBinding bindOrThrow(Library.Handler handler) {
        Class<?> iface = handler.getInterfaceClass();
        NativeLibrary library = handler.getNativeLibrary();
        String libName = reportName(library);
        String owner = simpleName(iface);
        Map<String, Object> options = JnaInternals.options(handler);
        String libraryReason = agent.config().get(dev.ffijit.agent.config.Config.JNA_ENABLED)
                ? LibraryPolicy.reason(options) : "ffijit.jna.enabled=false";

        List<MethodPlan> plans = new ArrayList<>();
        Map<Method, LibraryBinding.Bound> bound = new HashMap<>();
        int fallbacks = 0;
        for (Method m : boundMethods(iface)) {
            Binding report = agent.report().add("jna", libName, owner, m.getName());
            try {
                if (libraryReason != null) throw new Unsupported(libraryReason);
                plans.add(plan(m, library, options, iface, libName, report));
            } catch (Unsupported e) {
                report.fallback(e.getMessage());
                bound.put(m, new LibraryBinding.Bound(null, report));
                fallbacks++;
                Log.debug("jna: " + report.name() + " stays on JNA's path: " + e.getMessage());
            }
        }
        if (plans.isEmpty()) {
            Log.info("jna: " + libName + " (" + iface.getName() + "): 0 accelerated, " + fallbacks + " on JNA's path");
            return new LibraryBinding(bound, null, List.of(), agent.report().counting());
        }
        try {
            GeneratedLibrary g = generate(iface, owner, plans, handler.getClass() == Library.Handler.class);
            for (int i = 0; i < plans.size(); i++) {
                MethodPlan p = plans.get(i);
                bound.put(p.method(), new LibraryBinding.Bound(g.boxed.get(i), p.binding()));
                p.binding().accelerated(p.describe() + (g.adapter == null ? "; handler path only: " + g.noAdapter : ""));
            }
            Log.info("jna: " + libName + " (" + iface.getName() + "): " + plans.size() + " accelerated, " + fallbacks
                    + " on JNA's path");
            return new LibraryBinding(bound, g.adapter, g.accelerated, agent.report().counting());
        } catch (Throwable t) {
            Log.warn("jna: " + libName + " (" + iface.getName() + ") stays on JNA's path: generating its fast path failed", t);
            for (MethodPlan p : plans) {
                p.binding().fallback("internal error: " + t);
                bound.put(p.method(), new LibraryBinding.Bound(null, p.binding()));
            }
            return new LibraryBinding(bound, null, List.of(), agent.report().counting());
        }
    }

    /** The interface methods JNA binds natively: abstract, not one of Object's. */
    private static List<Method> boundMethods(Class<?> iface) {
        Map<String, Method> methods = new LinkedHashMap<>();
        for (Method m : iface.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers())) continue;
            String key = m.getName() + MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
            if (OBJECT_METHODS.contains(key)) continue;
            methods.put(key + "@" + m.getDeclaringClass().getName(), m);
        }
        return new ArrayList<>(methods.values());
    }

    private MethodPlan plan(Method m, NativeLibrary library, Map<String, Object> options, Class<?> iface, String libName,
                            Binding report) throws Unsupported {
        if (!agent.config().accepts(libName, iface.getName(), m.getName())) {
            throw new Unsupported("excluded by ffijit.include/ffijit.exclude");
        }
        if (m.isVarArgs()) throw new Unsupported("varargs");
        if (m.getParameterCount() > MAX_ARGS) throw new Unsupported("more than " + MAX_ARGS + " arguments");
        Function function;
        try {
            function = JnaInternals.function(library, m);
        } catch (UnsatisfiedLinkError e) {
            throw new Unsupported("symbol not found (JNA throws its UnsatisfiedLinkError at the first call)");
        } catch (Throwable t) {
            throw new Unsupported("JNA could not bind it: " + t);
        }
        if (function.getClass() != Function.class) throw new Unsupported("a Function subclass (" + function.getClass().getName() + ")");
        if (function.getCallingConvention() != 0) throw new Unsupported("calling convention " + function.getCallingConvention());
        String encoding = JnaInternals.encoding(function);
        TypeRules.Strings strings = rules.strings(encoding);
        List<ArgRule> args = new ArrayList<>();
        for (Class<?> p : m.getParameterTypes()) args.add(rules.argument(p, strings));
        ResultRule result = rules.result(m.getReturnType(), strings);
        Map<String, Object> callOptions = new HashMap<>(options);
        callOptions.put(JnaInternals.INVOKING_METHOD, m);
        boolean throwsLastError = (JnaInternals.callFlags(function) & THROW_LAST_ERROR) != 0;
        if (throwsLastError) LastErrors.requireKnownRule();
        MethodPlan plan = new MethodPlan(m, function, rules.mapping(), List.copyOf(args), result, throwsLastError,
                SlowCall.ofInterface(function, m, m.getParameterTypes(), callOptions), report);
        try {
            plan.signature();
        } catch (SignatureException e) {
            throw new Unsupported("signature: " + e.getMessage());
        }
        return plan;
    }

    /** What generation produced: a boxed entry per plan, and the adapter (or why there is none). */
    private record GeneratedLibrary(List<MethodHandle> boxed, Object adapter, List<Method> accelerated, String noAdapter) {}

    private GeneratedLibrary generate(Class<?> iface, String owner, List<MethodPlan> plans, boolean slots) throws Throwable {
        List<MethodHandle> fastMethods = FastClasses.define(agent, natives, "Fast$" + owner, owner, plans);
        List<MethodHandle> boxed = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            boxed.add(fastMethods.get(i).asSpreader(Object[].class, plans.get(i).args().size())
                    .asType(MethodType.methodType(Object.class, Object[].class)));
        }
        if (!slots) return new GeneratedLibrary(boxed, null, List.of(), "the handler is a subclass of Library.Handler");
        try {
            AdapterWriter aw = new AdapterWriter(iface);
            List<Method> accelerated = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                aw.add(plans.get(i).method(), fastMethods.get(i));
                accelerated.add(plans.get(i).method());
            }
            byte[] ab = aw.finish();
            Generated.dump(iface.getName() + "$ffijit", ab);
            MethodHandles.Lookup al = PackageLookups.in(iface).defineHiddenClassWithClassData(ab, aw.data().values(), true);
            Object adapter = al.findConstructor(al.lookupClass(), MethodType.methodType(void.class)).invoke();
            return new GeneratedLibrary(boxed, adapter, accelerated, null);
        } catch (Throwable t) {
            Log.debug("jna: no proxy slots for " + iface.getName() + ": " + t);
            return new GeneratedLibrary(boxed, null, List.of(), t.toString());
        }
    }

    /** JNA names the process library "<process>"; apps name it "c" (Native.load("c", ..)), and so do reports and globs. */
    static String reportName(NativeLibrary library) {
        String name = library.getName();
        return "<process>".equals(name) ? "c" : name;
    }

    /** The interface's name after the last '.' or '$', as the report and ffijit.include spell owners. */
    static String simpleName(Class<?> c) {
        String n = c.getName();
        return n.substring(Math.max(n.lastIndexOf('.'), n.lastIndexOf('$')) + 1);
    }
}
