package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;

import java.util.Map;

/**
 * Library options that change every call of a library in ways ffijit does not reproduce: all its methods stay on
 * JNA's path, with this reason.
 */
final class LibraryPolicy {
    private LibraryPolicy() {}

    static String reason(Map<String, ?> options) {
        if (options.get(Library.OPTION_TYPE_MAPPER) != null) {
            return "TypeMapper option (its converters are consulted on every call)";
        }
        if (options.get(Library.OPTION_FUNCTION_MAPPER) != null) return "FunctionMapper option";
        if (options.get(Library.OPTION_INVOCATION_MAPPER) != null) return "InvocationMapper option";
        if (Boolean.TRUE.equals(options.get(Library.OPTION_ALLOW_OBJECTS))) return "allow-objects option";
        Object cc = options.get(Library.OPTION_CALLING_CONVENTION);
        if (cc instanceof Integer i && i != 0) return "calling convention " + i;
        if (Native.isProtected()) return "protected mode (only JNA's path turns faults into Errors)";
        return null;
    }
}
