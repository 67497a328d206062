package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Callback;
import com.sun.jna.Function;
import com.sun.jna.IntegerType;
import com.sun.jna.JNIEnv;
import com.sun.jna.NativeMapped;
import com.sun.jna.PointerType;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import dev.ffijit.bootstrap.JnaDirect;
import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.TypeMapper;
import dev.ffijit.agent.Agent;
import dev.ffijit.agent.config.Config;
import dev.ffijit.agent.log.Log;
import dev.ffijit.agent.report.Binding;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;
import dev.ffijit.stubgen.sig.SignatureException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.Buffer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Direct mapping ({@code Native.register}): called when {@code Native.register(Class, NativeLibrary)} returns
 * normally, i.e. after JNA bound every native method of the class to its own libffi closure. Each eligible
 * method is then bound again, with {@code RegisterNatives}, to a stub for the same {@code Function} JNA looked up
 * ({@code NativeLibrary.getFunction(name, method)}: function mapper, {@code jna.profiler.prefix}, cache).
 * <p>
 * Eligible without a class rewrite: a method (static or not: JNA's closure ignores the jclass/jobject) whose parameters and result are all primitives (or void), as
 * {@code Native.getConversion} classes them CVT_DEFAULT/CVT_BOOLEAN, with no TypeMapper converter for any of its
 * types, calling convention 0, not {@code throws LastErrorException} (JNA throws from native code; a stub cannot),
 * JNA not in protected mode. Everything else keeps JNA's closure, reported with the reason.
 * <p>
 * {@code Native.unregister(Class)} calls {@code UnregisterNatives}, which removes ffijit's stubs with JNA's: calls
 * then fail as they would without ffijit. Rebinding runs under JNA's own {@code registeredClasses} lock and only
 * while the class is still registered, so an {@code unregister} racing with the rebinding cannot be undone by it.
 */
final class DirectBinder {
    private static final VarHandle REGISTERED_CLASSES;
    /** Why a method that needs marshalling has no Java method to run it: its class was not rewritten. */
    private static final String NOT_REWRITTEN = " (needs marshalling in Java, but the class was not rewritten when it"
            + " loaded: it does not call Native.register itself, or it loaded before the agent)";

    static {
        try {
            REGISTERED_CLASSES = Opening.privateLookup(Native.class).findStaticVarHandle(Native.class, "registeredClasses", Map.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Agent agent;
    private final Natives natives;
    private final TypeRules rules;
    /** One report line per class and method, however often the class is registered. */
    private final Map<String, Binding> reports = new ConcurrentHashMap<>();

    DirectBinder(Agent agent, Natives natives, TypeRules rules) {
        this.agent = agent;
        this.natives = natives;
        this.rules = rules;
    }

    /** Never throws: whatever goes wrong leaves the class on JNA's bindings, with one warning. */
    void registered(Class<?> cls, NativeLibrary library) {
        try {
            bindOrThrow(cls, library);
        } catch (Throwable t) {
            Log.warn("jna: " + cls.getName() + " stays on JNA's direct mapping: binding failed", t);
        }
    }

    /**
     * UnregisterNatives removed ffijit's in-place stubs with JNA's closures; the call sites of rewritten methods go
     * back to the renamed natives, which are unbound now, so calls fail as they would without ffijit.
     */
    void unregistered(Class<?> cls) {
        try {
            resetRewritten(cls);
        } catch (Throwable t) {
            Log.warn("jna: " + cls.getName() + ": resetting after Native.unregister failed", t);
        }
    }

    /** One method to bind in place: its report line and stub. */
    private record InPlace(Method method, Binding report, StubLinker.Binding stub, String describe) {}

    private void bindOrThrow(Class<?> cls, NativeLibrary library) throws Throwable {
        String libName = LibraryBinder.reportName(library);
        String owner = LibraryBinder.simpleName(cls);
        Map<String, ?> options = library.getOptions();
        String classReason = !agent.config().get(Config.JNA_DIRECT_ENABLED) ? "ffijit.jna.direct.enabled=false"
                : Native.isProtected() ? "protected mode (only JNA's path turns faults into Errors)" : null;
        List<InPlace> inPlace = new ArrayList<>();
        List<MethodPlan> rewritten = new ArrayList<>();
        // rewritten methods on JNA's path this time: their call sites may still hold an earlier registration's path
        List<Method> rewrittenOnJna = new ArrayList<>();
        int fallbacks = 0;
        for (Method native_ : cls.getDeclaredMethods()) {
            if (!Modifier.isNative(native_.getModifiers())) continue;
            Method m = JnaDirect.original(native_); // a renamed native answers for its Java method of the original name
            boolean isRewritten = m != native_;
            Binding report = report(libName, cls, owner, m);
            try {
                if (classReason != null) throw new Unsupported(classReason);
                if (isRewritten) rewritten.add(planRewritten(cls, m, native_, library, options, libName, report));
                else inPlace.add(plan(cls, m, library, options, libName, report));
            } catch (Unsupported e) {
                report.fallback(e.getMessage());
                if (isRewritten) rewrittenOnJna.add(m);
                fallbacks++;
                Log.debug("jna: " + report.name() + " stays on JNA's direct mapping: " + e.getMessage());
            }
        }
        FastTargets generated = null;
        if (!rewritten.isEmpty()) {
            try {
                generated = generate(cls, owner, rewritten);
            } catch (Throwable t) {
                Log.warn("jna: " + cls.getName() + ": generating the fast path of its rewritten methods failed", t);
                for (MethodPlan p : rewritten) {
                    p.binding().fallback("internal error: " + t);
                    rewrittenOnJna.add(p.method());
                }
                fallbacks += rewritten.size();
                rewritten = List.of();
            }
        }
        if (!rewrittenOnJna.isEmpty()) {
            for (Method m : rewrittenOnJna) JnaDirect.target(cls, key(m), null);
        }
        if (!inPlace.isEmpty() || generated != null) {
            List<StubLinker.Binding> stubs = new ArrayList<>();
            for (InPlace p : inPlace) stubs.add(p.stub);
            StubLinker.Linked linked = null;
            synchronized (REGISTERED_CLASSES.get()) {
                if (!Native.registered(cls)) {
                    for (InPlace p : inPlace) p.report.fallback("unregistered while ffijit was binding it");
                    for (MethodPlan p : rewritten) p.binding().fallback("unregistered while ffijit was binding it");
                    return;
                }
                if (!stubs.isEmpty()) linked = natives.linker().link(cls, stubs);
                if (generated != null) {
                    for (int i = 0; i < rewritten.size(); i++) {
                        JnaDirect.target(cls, key(rewritten.get(i).method()), generated.targets.get(i));
                    }
                }
            }
            if (linked != null) FastClasses.dumpStubs(agent, natives, owner, linked);
            String counted = agent.report().counting() ? "; calls not counted (bound in place)" : "";
            for (InPlace p : inPlace) p.report.accelerated(p.describe + counted);
            for (MethodPlan p : rewritten) p.binding().accelerated(p.describe() + "; class rewritten");
        }
        Log.info("jna: " + libName + " (" + cls.getName() + ", direct): " + (inPlace.size() + rewritten.size())
                + " accelerated, " + fallbacks + " on JNA's path");
    }

    /** Native.unregister(Class) returned: the rewritten methods go back to JNA's path, now unbound (as without ffijit). */
    private void resetRewritten(Class<?> cls) {
        synchronized (REGISTERED_CLASSES.get()) {
            if (Native.registered(cls)) return; // registered again meanwhile: that registration's binding stands
            for (Method m : cls.getDeclaredMethods()) {
                if (!Modifier.isNative(m.getModifiers())) continue;
                Method original = JnaDirect.original(m);
                if (original != m) JnaDirect.target(cls, key(original), null);
            }
        }
    }

    static String key(Method m) {
        return m.getName() + MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    private Binding report(String libName, Class<?> cls, String owner, Method m) {
        String key = System.identityHashCode(cls) + ":" + cls.getName() + "." + m.getName() + signatureKey(m) + "@" + libName;
        return reports.computeIfAbsent(key, k -> agent.report().add("jna", libName, owner, m.getName()));
    }

    private static String signatureKey(Method m) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) sb.append(p.descriptorString());
        return sb.append(')').append(m.getReturnType().descriptorString()).toString();
    }

    /**
     * What both plans require first: the method passes ffijit.include/exclude, and every declared type has no
     * TypeMapper converter and a conversion of {@code Native.getConversion} that ffijit reproduces.
     */
    private void checkTypes(Class<?> cls, Method m, Map<String, ?> options, String libName) throws Unsupported {
        if (!agent.config().accepts(libName, cls.getName(), m.getName())) {
            throw new Unsupported("excluded by ffijit.include/ffijit.exclude");
        }
        TypeMapper mapper = (TypeMapper) options.get(Library.OPTION_TYPE_MAPPER);
        Class<?> declaredResult = m.getReturnType() == Void.class ? void.class : m.getReturnType();
        checkMapper(mapper, declaredResult, "result");
        for (Class<?> p : m.getParameterTypes()) checkMapper(mapper, p, "argument");
        for (Class<?> p : m.getParameterTypes()) checkConversion(p, "argument");
        checkConversion(declaredResult, "result");
    }

    /** The Function JNA's register just looked up (from its cache), if it uses the C calling convention. */
    private static Function registeredFunction(NativeLibrary library, Method m) throws Unsupported {
        Function function;
        try {
            function = JnaInternals.function(library, m);
        } catch (Throwable t) {
            throw new Unsupported("JNA could not bind it: " + t);
        }
        if (function.getCallingConvention() != 0) throw new Unsupported("calling convention " + function.getCallingConvention());
        return function;
    }

    private InPlace plan(Class<?> cls, Method m, NativeLibrary library, Map<String, ?> options, String libName,
                         Binding report) throws Unsupported {
        checkTypes(cls, m, options, libName);
        List<Param> params = new ArrayList<>();
        for (Class<?> p : m.getParameterTypes()) {
            if (!p.isPrimitive()) throw new Unsupported(p.getSimpleName() + " argument" + NOT_REWRITTEN);
            params.add(rules.inPlaceArgument(p));
        }
        Class<?> rt = m.getReturnType();
        if (!rt.isPrimitive()) throw new Unsupported(rt.getSimpleName() + " result" + NOT_REWRITTEN);
        Param result = rules.inPlaceResult(rt);
        for (Class<?> e : m.getExceptionTypes()) {
            if (LastErrorException.class.isAssignableFrom(e)) {
                throw new Unsupported("throws LastErrorException" + NOT_REWRITTEN);
            }
        }
        Function function = registeredFunction(library, m);
        Signature sig;
        try {
            sig = Signature.of(result, params);
        } catch (SignatureException e) {
            throw new Unsupported("signature: " + e.getMessage());
        }
        StubSpec spec = new StubSpec(sig, Pointer.nativeValue(function), natives.errno(false));
        return new InPlace(m, report, new StubLinker.Binding(m.getName(), spec), "stub " + sig.jniDescriptor() + " in place");
    }

    /**
     * A rewritten method ({@code m} in Java, {@code ffijit$jna$m} native): the marshalling rules of
     * {@link TypeRules} with the direct {@link Mapping}, for the types {@code Native.getConversion} gives a
     * conversion ffijit reproduces.
     */
    private MethodPlan planRewritten(Class<?> cls, Method m, Method renamed, NativeLibrary library, Map<String, ?> options,
                                     String libName, Binding report) throws Unsupported {
        checkTypes(cls, m, options, libName);
        if (m.getReturnType() == Void.class) throw new Unsupported("result declared Void");
        Function function = registeredFunction(library, m);
        String encoding = JnaInternals.encoding(function);
        TypeRules.Strings strings = rules.strings(encoding);
        List<ArgRule> args = new ArrayList<>();
        for (Class<?> p : m.getParameterTypes()) args.add(rules.argument(p, strings));
        ResultRule result = rules.result(m.getReturnType(), strings);
        boolean throwsLastError = false;
        for (Class<?> e : m.getExceptionTypes()) throwsLastError |= LastErrorException.class.isAssignableFrom(e);
        if (throwsLastError) LastErrors.requireKnownRule();
        MethodHandle jnaPath;
        try {
            jnaPath = Opening.privateLookup(cls).unreflect(renamed);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new Unsupported("no access to " + renamed.getName() + ": " + e);
        }
        MethodPlan plan = new MethodPlan(m, function, rules.mapping(), List.copyOf(args), result, throwsLastError,
                SlowCall.ofDirect(function, m, jnaPath), report);
        try {
            plan.signature();
        } catch (SignatureException e) {
            throw new Unsupported("signature: " + e.getMessage());
        }
        return plan;
    }

    /**
     * {@code Native.getConversion} without a TypeMapper, in its order: the declared types JNA converts in ways ffijit
     * reproduces pass; the others stay on JNA's path with the reason.
     */
    private static void checkConversion(Class<?> t, String what) throws Unsupported {
        if (Pointer.class.isAssignableFrom(t) || t == String.class || WString.class.isAssignableFrom(t)
                || Buffer.class.isAssignableFrom(t)) {
            return;
        }
        if (Structure.class.isAssignableFrom(t)) {
            if (Structure.ByValue.class.isAssignableFrom(t)) throw new Unsupported("Structure.ByValue " + what + " (struct by value)");
            return;
        }
        if (t.isArray() && t.getComponentType().isPrimitive()) {
            if (t == boolean[].class) {
                throw new Unsupported("boolean[] " + what + ": C may store any byte in a jboolean, only JNI's copy-back keeps it");
            }
            return;
        }
        if (t.isPrimitive()) return;
        if (Callback.class.isAssignableFrom(t)) throw new Unsupported("Callback " + what);
        if (IntegerType.class.isAssignableFrom(t) || PointerType.class.isAssignableFrom(t)) return;
        if (NativeMapped.class.isAssignableFrom(t)) {
            throw new Unsupported("NativeMapped " + what + " " + t.getSimpleName() + " (a custom converter)");
        }
        if (t == JNIEnv.class) throw new Unsupported("JNIEnv " + what);
        if (t.isArray()) throw new Unsupported(t.getSimpleName() + " " + what + " (arrays of objects)");
        throw new Unsupported(what + " declared " + t.getName() + " (allow-objects: passed as a raw jobject)");
    }

    /** The fast class of one registration, and per plan the exactly typed target of its call site. */
    private record FastTargets(List<MethodHandle> targets) {}

    private FastTargets generate(Class<?> cls, String owner, List<MethodPlan> plans) throws Throwable {
        List<MethodHandle> fast = FastClasses.define(agent, natives, "Direct$" + owner, owner, plans);
        List<MethodHandle> targets = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Method m = plans.get(i).method();
            targets.add(fast.get(i).asType(MethodType.methodType(m.getReturnType(), m.getParameterTypes())));
        }
        return new FastTargets(targets);
    }

    /** {@code Native.getConversion}: a TypeMapper converter for a declared type makes it CVT_TYPE_MAPPER*. */
    private static void checkMapper(TypeMapper mapper, Class<?> t, String what) throws Unsupported {
        if (mapper == null) return;
        if (mapper.getFromNativeConverter(t) != null || mapper.getToNativeConverter(t) != null) {
            throw new Unsupported("TypeMapper converter for " + what + " " + t.getSimpleName());
        }
    }
}
