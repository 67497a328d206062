package dev.ffijit.stubgen.sig;

/**
 * The Java type that carries a value across JNI: how HotSpot hands it to a native method (and takes it back).
 * Only the low {@link #bits()} of an integer carrier's register or stack slot are defined.
 */
public enum JType {
    VOID('V', 0, false, null),
    BOOLEAN('Z', 8, false, boolean.class),
    BYTE('B', 8, true, byte.class),
    CHAR('C', 16, false, char.class),
    SHORT('S', 16, true, short.class),
    INT('I', 32, true, int.class),
    LONG('J', 64, true, long.class),
    FLOAT('F', 32, true, float.class),
    DOUBLE('D', 64, true, double.class);

    private final char descriptor;
    private final int bits;
    private final boolean signed;
    private final Class<?> javaClass;

    JType(char descriptor, int bits, boolean signed, Class<?> javaClass) {
        this.descriptor = descriptor;
        this.bits = bits;
        this.signed = signed;
        this.javaClass = javaClass;
    }

    public char descriptor() { return descriptor; }
    public int bits() { return bits; }
    public boolean isSigned() { return signed; }
    public boolean isIntegral() { return this != VOID && this != FLOAT && this != DOUBLE; }
    public Class<?> javaClass() { return this == VOID ? void.class : javaClass; }

    /** The C type JNI uses for this carrier (jboolean, jbyte, jchar, ...). */
    public CType jniCType() {
        switch (this) {
            case BOOLEAN: return CType.UINT8;
            case BYTE: return CType.SINT8;
            case CHAR: return CType.UINT16;
            case SHORT: return CType.SINT16;
            case INT: return CType.SINT32;
            case LONG: return CType.SINT64;
            case FLOAT: return CType.FLOAT;
            case DOUBLE: return CType.DOUBLE;
            default: return CType.VOID;
        }
    }

    public static JType of(Class<?> c) {
        for (JType t : values()) {
            if (t.javaClass() == c) return t;
        }
        throw new IllegalArgumentException("not a primitive JNI carrier: " + c);
    }
}
