package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.util.Map;

/** JNA's package-private and private members the binder reads once per method; none is used per call. */
final class JnaInternals {
    /** {@code Function.OPTION_INVOKING_METHOD}, package-private. */
    static final String INVOKING_METHOD = "invoking-method";

    private static final MethodHandle GET_FUNCTION;   // NativeLibrary.getFunction(String, Method)
    private static final VarHandle HANDLER_OPTIONS;   // Library.Handler.options
    private static final VarHandle FUNCTION_FLAGS;    // Function.callFlags
    private static final VarHandle FUNCTION_ENCODING; // Function.encoding

    static {
        try {
            MethodHandles.Lookup lib = Opening.privateLookup(NativeLibrary.class);
            GET_FUNCTION = lib.findVirtual(NativeLibrary.class, "getFunction",
                    MethodType.methodType(Function.class, String.class, Method.class));
            HANDLER_OPTIONS = Opening.privateLookup(Library.Handler.class)
                    .findVarHandle(Library.Handler.class, "options", Map.class);
            MethodHandles.Lookup fn = Opening.privateLookup(Function.class);
            FUNCTION_FLAGS = fn.findVarHandle(Function.class, "callFlags", int.class);
            FUNCTION_ENCODING = fn.findVarHandle(Function.class, "encoding", String.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private JnaInternals() {}

    /**
     * The Function JNA's handler would bind this method to, by JNA's own lookup (function mapper,
     * {@code jna.profiler.prefix}, THROW_LAST_ERROR flag, cache); throws JNA's UnsatisfiedLinkError if missing.
     */
    static Function function(NativeLibrary library, Method method) throws Throwable {
        return (Function) GET_FUNCTION.invokeExact(library, method.getName(), method);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> options(Library.Handler handler) {
        return (Map<String, Object>) HANDLER_OPTIONS.get(handler);
    }

    static int callFlags(Function f) {
        return (int) FUNCTION_FLAGS.get(f);
    }

    static String encoding(Function f) {
        return (String) FUNCTION_ENCODING.get(f);
    }
}
