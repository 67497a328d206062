package dev.ffijit.agent.jna.runtime;

/**
 * What differs between JNA's two mappings, as data: the rules ({@link TypeRules}) are written once and read
 * these values. {@link #INTERFACE} for {@code Native.load}, {@link #DIRECT} for {@code Native.register}.
 *
 * @param booleanArgument         how a boolean argument reaches C
 * @param booleanResultLowByte    a boolean result is judged on its low byte (JNI jboolean) instead of all 32 bits
 * @param stringsFreedOnReturn    String argument memory is freed when the call returns (else: JNA's until-GC,
 *                                which ffijit's ring honours for longer than any call)
 * @param unknownEncodingThrows   an unknown string encoding throws at the call (else JNA warns and uses its
 *                                default charset on every call, which stays on JNA's path)
 * @param readStructuresOnError   Structure arguments are read back also when a LastErrorException follows
 * @param structureMemoryField    a Structure argument's address is its {@code memory} field and every instance is
 *                                read back, ByValue instances too ({@code dispatch_direct}); else {@code getPointer()}
 *                                and ByValue instances are not read ({@code Function.invoke})
 * @param stringArguments         which encoding String arguments are converted with
 */
record Mapping(String name, BooleanArgument booleanArgument, boolean booleanResultLowByte, boolean stringsFreedOnReturn,
               boolean unknownEncodingThrows, boolean readStructuresOnError, boolean structureMemoryField,
               StringArguments stringArguments) {

    /**
     * Interface mapping ({@code Native.load}): {@code Function.convertArgument}/{@code Function.invoke}. Until JNA
     * 5.14 (commit b347cd9, "Fix usage of Library.OPTION_STRING_ENCODING property in functions") convertArgument
     * built a String argument with {@code new NativeString(s, false)}: JNA's default encoding at the time of the
     * call, not the function's; results have always used the function's.
     */
    static final Mapping INTERFACE = new Mapping("interface", BooleanArgument.MINUS_ONE, false, false, false, false, false,
            StringArguments.since(JnaVersion.atLeast(5, 14)));

    /**
     * Direct mapping ({@code Native.register}): {@code Native.getConversion} and {@code dispatch_direct}. A boolean
     * argument is CVT_BOOLEAN (the jboolean in an ffi pointer slot: 1), a boolean result comes back as a jboolean
     * (uint32, the JVM keeps its low byte), strings are {@code free}d when the call returns, an unknown encoding
     * throws from {@code newCStringEncoding}, and the deferred LastErrorException is thrown after the result
     * conversion and the Structure read-back. Structures: {@code autoWrite()}, the {@code memory} field's peer,
     * {@code autoRead()} of every instance after the call.
     */
    static final Mapping DIRECT = new Mapping("direct", BooleanArgument.ONE, true, true, true, true, true,
            StringArguments.FUNCTION_ENCODING);

    enum StringArguments {
        /** The encoding the function was bound with (library option, else JNA's default then). */
        FUNCTION_ENCODING,
        /** {@code Native.getDefaultStringEncoding()} as it is at each call ({@code jna.encoding} can change). */
        DEFAULT_ENCODING_AT_CALL,
        /** The loaded JNA's version could not be read: the rule is not known, String arguments stay on JNA's path. */
        UNKNOWN;

        static StringArguments since(Boolean fixed) {
            return fixed == null ? UNKNOWN : fixed ? FUNCTION_ENCODING : DEFAULT_ENCODING_AT_CALL;
        }
    }

    enum BooleanArgument {
        /** {@code Function.INTEGER_TRUE}: C sees -1. */
        MINUS_ONE("minusOneIfTrue"),
        /** direct mapping's jboolean: C sees 1. */
        ONE("oneIfTrue");

        final String helper;

        BooleanArgument(String helper) {
            this.helper = helper;
        }
    }
}
