package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Function;
import dev.ffijit.agent.report.Binding;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** One interface method's fast path: its function, a rule per argument and for the result, and its report line. */
record MethodPlan(Method method, Function function, Mapping mapping, List<ArgRule> args, ResultRule result,
                  boolean throwsLastError, SlowCall slow, Binding binding) {

    Signature signature() {
        List<Param> params = new ArrayList<>();
        for (ArgRule a : args) params.add(a.param());
        return Signature.of(result.param(), params);
    }

    /** The fast static method's type: erased parameter and result types. */
    MethodType fastType() {
        List<Class<?>> params = new ArrayList<>();
        for (ArgRule a : args) params.add(a.erased());
        return MethodType.methodType(result.erased(), params);
    }

    boolean usesBuffers() {
        for (ArgRule a : args) if (a.usesBuffers()) return true;
        return false;
    }

    /** Arrays and heap buffers are copied into the arena and must be copied back after the call. */
    boolean copiesBack() {
        for (ArgRule a : args) {
            if (a.erased().isArray() || java.nio.Buffer.class.isAssignableFrom(a.erased())) return true;
        }
        return false;
    }

    String describe() {
        StringBuilder sb = new StringBuilder("stub ").append(signature().jniDescriptor());
        List<String> notable = new ArrayList<>();
        for (ArgRule a : args) {
            if (!a.erased().isPrimitive()) notable.add(a.what());
        }
        if (!result.erased().isPrimitive() && result.erased() != void.class) notable.add("returns " + result.what());
        if (throwsLastError) notable.add("LastErrorException");
        if (!notable.isEmpty()) sb.append("; ").append(String.join(", ", notable));
        return sb.toString();
    }
}
