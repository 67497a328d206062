package dev.ffijit.stubgen.sig;

import java.lang.invoke.MethodType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A native function's signature as stubgen sees it: each argument and the result as (Java carrier, C type),
 * plus the number of fixed arguments when the C function is variadic.
 */
public final class Signature {
    /** JNI allows 255 argument slots (long/double take two), of which the static native uses none for the class. */
    public static final int MAX_JNI_SLOTS = 255;

    private final Param result;
    private final List<Param> params;
    private final int fixedArgs;

    private Signature(Param result, List<Param> params, int fixedArgs) {
        this.result = result;
        this.params = List.copyOf(params);
        this.fixedArgs = fixedArgs;
        validate();
    }

    public static Signature of(Param result, List<Param> params) {
        return new Signature(result, params, params.size());
    }

    public static Signature of(Param result, Param... params) {
        return of(result, List.of(params));
    }

    /** A call to a variadic C function: the first {@code fixedArgs} parameters are the named ones. */
    public static Signature variadic(Param result, List<Param> params, int fixedArgs) {
        return new Signature(result, params, fixedArgs);
    }

    public Param result() { return result; }
    public List<Param> params() { return params; }
    public int fixedArgs() { return fixedArgs; }
    public boolean isVariadic() { return fixedArgs < params.size(); }

    /** The Java type of the static native method that carries this signature. */
    public MethodType javaMethodType() {
        Class<?>[] ps = params.stream().map(p -> p.carrier().javaClass()).toArray(Class<?>[]::new);
        return MethodType.methodType(result.carrier().javaClass(), ps);
    }

    /** The JNI method descriptor of the static native method that carries this signature. */
    public String jniDescriptor() {
        StringBuilder sb = new StringBuilder("(");
        for (Param p : params) sb.append(p.carrier().descriptor());
        return sb.append(')').append(result.carrier().descriptor()).toString();
    }

    private void validate() {
        if (fixedArgs < 0 || fixedArgs > params.size()) {
            throw new SignatureException("fixed argument count " + fixedArgs + " outside 0.." + params.size());
        }
        int slots = 0;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (p.carrier() == JType.VOID || p.ctype() == CType.VOID) {
                throw new SignatureException("argument " + i + " is void");
            }
            checkCompatible(p, "argument " + i);
            if (i >= fixedArgs && p.ctype().promoted() != p.ctype()) {
                throw new SignatureException("variadic argument " + i + " of C type " + p.ctype()
                        + " must be promoted to " + p.ctype().promoted() + " by the caller");
            }
            slots += p.carrier() == JType.LONG || p.carrier() == JType.DOUBLE ? 2 : 1;
        }
        if (slots > MAX_JNI_SLOTS) {
            throw new SignatureException("JNI allows at most " + MAX_JNI_SLOTS + " argument slots, got " + slots);
        }
        if ((result.carrier() == JType.VOID) != (result.ctype() == CType.VOID)) {
            throw new SignatureException("result: a void carrier needs a void C type and vice versa (" + result + ")");
        }
        if (result.carrier() != JType.VOID) checkCompatible(result, "result");
    }

    private static void checkCompatible(Param p, String what) {
        boolean ok;
        switch (p.ctype()) {
            case FLOAT: ok = p.carrier() == JType.FLOAT; break;
            case DOUBLE: ok = p.carrier() == JType.DOUBLE; break;
            default: ok = p.carrier().isIntegral();
        }
        if (!ok) {
            throw new SignatureException(what + ": Java " + p.carrier().javaClass().getName()
                    + " cannot carry C " + p.ctype().name().toLowerCase());
        }
    }

    @Override
    public String toString() {
        String args = params.stream().map(Param::toString).collect(Collectors.joining(", "));
        if (isVariadic()) args += " /* variadic after " + fixedArgs + " */";
        return result + " (" + args + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.result.equals(result) && s.params.equals(params) && s.fixedArgs == fixedArgs;
    }

    @Override
    public int hashCode() {
        return (result.hashCode() * 31 + params.hashCode()) * 31 + fixedArgs;
    }
}
