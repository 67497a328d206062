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
 */
record Mapping(String name, BooleanArgument booleanArgument, boolean booleanResultLowByte, boolean stringsFreedOnReturn,
               boolean unknownEncodingThrows, boolean readStructuresOnError, boolean structureMemoryField) {

    /** Interface mapping ({@code Native.load}): {@code Function.convertArgument}/{@code Function.invoke}. */
    static final Mapping INTERFACE = new Mapping("interface", BooleanArgument.MINUS_ONE, false, false, false, false, false);

    /**
     * Direct mapping ({@code Native.register}): {@code Native.getConversion} and {@code dispatch_direct}. A boolean
     * argument is CVT_BOOLEAN (the jboolean in an ffi pointer slot: 1), a boolean result comes back as a jboolean
     * (uint32, the JVM keeps its low byte), strings are {@code free}d when the call returns, an unknown encoding
     * throws from {@code newCStringEncoding}, and the deferred LastErrorException is thrown after the result
     * conversion and the Structure read-back. Structures: {@code autoWrite()}, the {@code memory} field's peer,
     * {@code autoRead()} of every instance after the call.
     */
    static final Mapping DIRECT = new Mapping("direct", BooleanArgument.ONE, true, true, true, true, true);

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
