package dev.ffijit.stubgen.testing;

import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;

/**
 * The Java half of the fuzzer's oracle: what C computes from the arguments it received, written independently of
 * stubgen's own conversion code. C folds each argument's 64-bit image (signed types sign-extended, unsigned
 * zero-extended, floating point by raw bits) into an FNV-style hash.
 */
public final class Checksum {
    public static final long OFFSET = 0xcbf29ce484222325L;
    public static final long PRIME = 0x100000001B3L;

    private Checksum() {}

    public static long mix(long h, long v) {
        return (h ^ v) * PRIME;
    }

    /** The carrier's Java value as a mathematical integer (boolean 0/1, char unsigned). */
    public static long javaValue(JType carrier, Object value) {
        switch (carrier) {
            case BOOLEAN: return (Boolean) value ? 1 : 0;
            case CHAR: return (Character) value;
            case BYTE: case SHORT: case INT: case LONG: return ((Number) value).longValue();
            default: throw new IllegalArgumentException(carrier.toString());
        }
    }

    /** A mathematical integer converted to a C integer type, as C converts it, as a 64-bit image. */
    public static long toC(CType ctype, long v) {
        int bits = ctype.bits();
        if (bits == 64) return v;
        long low = v & ((1L << bits) - 1);
        return ctype.isSigned() ? (low << (64 - bits)) >> (64 - bits) : low;
    }

    /** The 64-bit image C folds for one argument. */
    public static long argumentImage(JType carrier, CType ctype, Object value) {
        if (ctype == CType.FLOAT) return Float.floatToRawIntBits((Float) value) & 0xFFFFFFFFL;
        if (ctype == CType.DOUBLE) return Double.doubleToRawLongBits((Double) value);
        return toC(ctype, javaValue(carrier, value));
    }

    /** What Java receives when C returns {@code (ctype) h} to a native method declared with {@code carrier}. */
    public static Object result(JType carrier, CType ctype, long h) {
        if (ctype == CType.FLOAT) return Float.intBitsToFloat((int) h);
        if (ctype == CType.DOUBLE) return Double.longBitsToDouble(h);
        long c = toC(ctype, h);
        switch (carrier) {
            case BOOLEAN: return (c & 0xFF) != 0; // HotSpot judges a jboolean result by its low byte
            case BYTE: return (byte) c;
            case CHAR: return (char) c;
            case SHORT: return (short) c;
            case INT: return (int) c;
            case LONG: return c;
            default: throw new IllegalArgumentException(carrier.toString());
        }
    }

    /** Raw-bit equality, so NaN payloads and -0.0 count. */
    public static boolean sameValue(Object expected, Object actual) {
        if (expected instanceof Float f && actual instanceof Float g) {
            return Float.floatToRawIntBits(f) == Float.floatToRawIntBits(g);
        }
        if (expected instanceof Double d && actual instanceof Double e) {
            return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(e);
        }
        return expected.equals(actual);
    }
}
