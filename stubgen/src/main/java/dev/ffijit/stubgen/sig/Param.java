package dev.ffijit.stubgen.sig;

/**
 * One argument or the result: the Java carrier JNI delivers (or expects back) and the C type on the other side.
 * An integer carrier meets an integer or pointer C type and converts as C converts integers; float meets float,
 * double meets double.
 */
public record Param(JType carrier, CType ctype) {

    public static Param of(JType carrier, CType ctype) {
        return new Param(carrier, ctype);
    }

    /** The natural C type of a carrier: jint to int32, jlong to int64, ... */
    public static Param natural(JType carrier) {
        return new Param(carrier, carrier.jniCType());
    }

    @Override
    public String toString() {
        return carrier.descriptor() + ":" + ctype.name().toLowerCase();
    }
}
