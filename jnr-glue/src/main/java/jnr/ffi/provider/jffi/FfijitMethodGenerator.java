package jnr.ffi.provider.jffi;

import com.kenai.jffi.Function;
import dev.ffijit.bootstrap.Links;
import jnr.ffi.CallingConvention;
import jnr.ffi.provider.ParameterType;
import jnr.ffi.provider.ResultType;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * ffijit's generator, put in front of jnr-ffi's own for one interface. It claims every method, and for each one
 * either leaves it to the generator jnr-ffi would have chosen (the same call jnr-ffi makes itself) or, once all
 * methods are known, emits a method that forwards through {@code invokedynamic} to ffijit's generated code.
 *
 * <p>It lives in jnr-ffi's package because {@link AsmBuilder} is package-private, and reads jnr-ffi's own
 * decisions (array flags, the converter methods it would call) from jnr-ffi's package-private helpers, so ffijit
 * never re-derives them.
 */
public final class FfijitMethodGenerator implements MethodGenerator {
    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, "dev/ffijit/bootstrap/Links",
            "bootstrap", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/String;)Ljava/lang/invoke/CallSite;", false);

    /** ffijit's side, implemented by the agent in a loader beside jnr-ffi's. */
    public interface Planner {
        /** Whether ffijit takes this method; when not, the planner has already reported why. */
        boolean accepts(Request request);

        /**
         * Generates and links the accepted methods of one interface. A method absent from the result could not be
         * linked (the planner has reported why) and goes to jnr-ffi's own generator.
         */
        Map<Request, MethodHandle> link(List<Request> requests);
    }

    /** One interface method, with every decision jnr-ffi has already taken about it. */
    public static final class Request {
        public final Class<?> interfaceClass;
        public final String name;
        public final long functionAddress;
        public final ResultType resultType;
        public final ParameterType[] parameterTypes;
        public final CallingConvention convention;
        public final boolean saveError;
        /** Simple class name of the generator jnr-ffi would use. */
        public final String jnrGenerator;
        /** Whether that generator compiles jnr-ffi's own machine-code stub. */
        public final boolean jnrStub;
        /** Per parameter, the jffi {@code ArrayFlags} jnr-ffi passes for heap memory. */
        public final int[] arrayFlags;
        /** Per parameter, the {@code toNative} method jnr-ffi's generated code would call, or null. */
        public final Method[] toNativeMethods;
        /** The {@code fromNative} method jnr-ffi's generated code would call, or null. */
        public final Method fromNativeMethod;
        public final jnr.ffi.Runtime runtime;

        private final AsmBuilder builder;
        private final Function function;
        private final MethodGenerator jnr;

        Request(Class<?> interfaceClass, String name, Function function, ResultType resultType,
                ParameterType[] parameterTypes, CallingConvention convention, boolean ignoreError,
                MethodGenerator jnr, boolean jnrStub, AsmBuilder builder) {
            this.interfaceClass = interfaceClass;
            this.name = name;
            this.function = function;
            this.functionAddress = function.getFunctionAddress();
            this.resultType = resultType;
            this.parameterTypes = parameterTypes;
            this.convention = convention;
            this.saveError = !ignoreError;
            this.jnr = jnr;
            this.jnrGenerator = jnr.getClass().getSimpleName();
            this.jnrStub = jnrStub;
            this.builder = builder;
            this.runtime = builder.getRuntime();
            this.arrayFlags = new int[parameterTypes.length];
            this.toNativeMethods = new Method[parameterTypes.length];
            for (int i = 0; i < parameterTypes.length; i++) {
                arrayFlags[i] = AsmUtil.getNativeArrayFlags(parameterTypes[i].annotations());
                if (parameterTypes[i].getToNativeConverter() != null) {
                    toNativeMethods[i] = AsmUtil.getToNativeMethod(parameterTypes[i], builder.getClassLoader());
                }
            }
            this.fromNativeMethod = resultType.getFromNativeConverter() != null
                    ? AsmUtil.getFromNativeMethod(resultType, builder.getClassLoader()) : null;
        }

        /** What jnr-ffi would have done: its own generator, called exactly as its loop calls it. */
        void generateAsJnr() {
            jnr.generate(builder, name, function, resultType, parameterTypes, !saveError);
        }
    }

    private final MethodGenerator[] jnrGenerators;
    private final Class<?> interfaceClass;
    private final Planner planner;
    private final List<Request> pending = new ArrayList<>();
    private ParameterType[] lastParameterTypes;
    private CallingConvention lastConvention;

    public FfijitMethodGenerator(Object[] jnrGenerators, Class<?> interfaceClass, Planner planner) {
        this.jnrGenerators = new MethodGenerator[jnrGenerators.length];
        for (int i = 0; i < jnrGenerators.length; i++) this.jnrGenerators[i] = (MethodGenerator) jnrGenerators[i];
        this.interfaceClass = interfaceClass;
        this.planner = planner;
    }

    /** jnr-ffi's generators with this one in front, as the array type jnr-ffi declares. */
    public MethodGenerator[] prepend() {
        MethodGenerator[] all = new MethodGenerator[jnrGenerators.length + 1];
        all[0] = this;
        System.arraycopy(jnrGenerators, 0, all, 1, jnrGenerators.length);
        return all;
    }

    @Override
    public boolean isSupported(ResultType resultType, ParameterType[] parameterTypes, CallingConvention convention) {
        // jnr-ffi calls generate() right after the first generator that answers true; the convention is not
        // passed to generate(), so keep it for that call.
        lastParameterTypes = parameterTypes;
        lastConvention = convention;
        return true;
    }

    @Override
    public void generate(AsmBuilder builder, String functionName, Function function, ResultType resultType,
                         ParameterType[] parameterTypes, boolean ignoreError) {
        CallingConvention convention = parameterTypes == lastParameterTypes ? lastConvention : null;
        MethodGenerator jnr = jnrChoice(resultType, parameterTypes, convention);
        Request request = null;
        try {
            if (convention != null) {
                boolean jnrStub = jnrGenerators[0].isSupported(resultType, parameterTypes, convention);
                Request r = new Request(interfaceClass, functionName, function, resultType, parameterTypes,
                        convention, ignoreError, jnr, jnrStub, builder);
                if (planner.accepts(r)) request = r;
            }
        } catch (Throwable t) {
            // ffijit's own failure: the planner logs what it can; the method stays jnr-ffi's
            request = null;
        }
        if (request != null) pending.add(request);
        else jnr.generate(builder, functionName, function, resultType, parameterTypes, ignoreError);
    }

    /** The generator jnr-ffi's own loop would pick; its last one accepts everything. */
    private MethodGenerator jnrChoice(ResultType resultType, ParameterType[] parameterTypes,
                                      CallingConvention convention) {
        for (MethodGenerator g : jnrGenerators) {
            if (convention != null && g.isSupported(resultType, parameterTypes, convention)) return g;
        }
        return jnrGenerators[jnrGenerators.length - 1];
    }

    /**
     * Links the accepted methods and emits their forwarding methods; the rest go to jnr-ffi's generators. Returns
     * what jnr-ffi's own generator threw, for the caller to rethrow as jnr-ffi would have, or null.
     */
    public Throwable finish() {
        if (pending.isEmpty()) return null;
        Map<Request, MethodHandle> targets;
        try {
            targets = planner.link(pending);
        } catch (Throwable t) {
            targets = Collections.emptyMap();
        }
        Throwable jnrFailure = null;
        for (Request r : pending) {
            MethodHandle target = targets.get(r);
            try {
                if (target != null) emitForwarder(r, target);
                else r.generateAsJnr();
            } catch (Throwable t) {
                if (jnrFailure == null) jnrFailure = t;
            }
        }
        pending.clear();
        return jnrFailure;
    }

    /**
     * {@code public final R name(P...) { return (R) indy(this, P...); }}: the call site's type takes the declared
     * types, the target's takes erased ones; the cast is the one jnr-ffi's code makes, so a wrong type fails the
     * same way.
     */
    private static void emitForwarder(Request r, MethodHandle target) {
        String key = Links.register(target);
        // The generated class keeps the target alive; the link table only holds it weakly.
        r.builder.getObjectField(target, Object.class);

        Class<?> declaredResult = r.resultType.getDeclaredType();
        Class<?> erasedResult = target.type().returnType();
        StringBuilder params = new StringBuilder();
        for (ParameterType p : r.parameterTypes) params.append(Type.getDescriptor(p.getDeclaredType()));
        String declared = "(" + params + ")" + Type.getDescriptor(declaredResult);
        String indy = "(Ljava/lang/Object;" + params + ")" + Type.getDescriptor(erasedResult);

        MethodVisitor mv = r.builder.getClassVisitor().visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, r.name,
                declared, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        int slot = 1;
        for (ParameterType p : r.parameterTypes) {
            Type t = Type.getType(p.getDeclaredType());
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
        }
        mv.visitInvokeDynamicInsn(r.name, indy, BOOTSTRAP, key);
        Type result = Type.getType(declaredResult);
        if (!declaredResult.isPrimitive() && declaredResult != erasedResult) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, result.getInternalName());
        }
        mv.visitInsn(result.getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
