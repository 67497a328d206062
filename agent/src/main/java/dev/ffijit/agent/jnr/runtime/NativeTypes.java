package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import jnr.ffi.NativeType;

import java.util.EnumMap;
import java.util.Map;

/**
 * jnr-ffi's native types as this platform's C types, with jffi's sizes (so {@code long} is the platform's C
 * {@code long}), and the JNI carrier a value of each travels in.
 */
final class NativeTypes {
    private static final Map<NativeType, com.kenai.jffi.Type> JFFI = new EnumMap<>(NativeType.class);
    static {
        JFFI.put(NativeType.SCHAR, com.kenai.jffi.Type.SCHAR);
        JFFI.put(NativeType.UCHAR, com.kenai.jffi.Type.UCHAR);
        JFFI.put(NativeType.SSHORT, com.kenai.jffi.Type.SSHORT);
        JFFI.put(NativeType.USHORT, com.kenai.jffi.Type.USHORT);
        JFFI.put(NativeType.SINT, com.kenai.jffi.Type.SINT);
        JFFI.put(NativeType.UINT, com.kenai.jffi.Type.UINT);
        JFFI.put(NativeType.SLONG, com.kenai.jffi.Type.SLONG);
        JFFI.put(NativeType.ULONG, com.kenai.jffi.Type.ULONG);
        JFFI.put(NativeType.SLONGLONG, com.kenai.jffi.Type.SLONG_LONG);
        JFFI.put(NativeType.ULONGLONG, com.kenai.jffi.Type.ULONG_LONG);
        JFFI.put(NativeType.FLOAT, com.kenai.jffi.Type.FLOAT);
        JFFI.put(NativeType.DOUBLE, com.kenai.jffi.Type.DOUBLE);
        JFFI.put(NativeType.ADDRESS, com.kenai.jffi.Type.POINTER);
    }

    private NativeTypes() {}

    /** Size in bytes as jffi (and so jnr-ffi's {@code NumberUtil.sizeof}) has it; 0 for void. */
    static int size(NativeType t) {
        if (t == NativeType.VOID) return 0;
        com.kenai.jffi.Type j = JFFI.get(t);
        if (j == null) throw new IllegalArgumentException("no size for " + t);
        return j.size();
    }

    /** The C type, or null for a native type stubs do not take (structs by value, long double, ...). */
    static CType ctype(NativeType t) {
        switch (t) {
            case VOID: return CType.VOID;
            case FLOAT: return CType.FLOAT;
            case DOUBLE: return CType.DOUBLE;
            case ADDRESS: return size(t) == 8 ? CType.POINTER : null;
            default:
                if (!JFFI.containsKey(t)) return null;
                boolean signed = t == NativeType.SCHAR || t == NativeType.SSHORT || t == NativeType.SINT
                        || t == NativeType.SLONG || t == NativeType.SLONGLONG;
                switch (size(t)) {
                    case 1: return signed ? CType.SINT8 : CType.UINT8;
                    case 2: return signed ? CType.SINT16 : CType.UINT16;
                    case 4: return signed ? CType.SINT32 : CType.UINT32;
                    case 8: return signed ? CType.SINT64 : CType.UINT64;
                    default: return null;
                }
        }
    }

    /**
     * The carrier between Java and the stub: {@code long} for 8-byte integers and pointers, {@code int} for the
     * narrower ones (the stub re-extends by the C type, as libffi does), float and double as themselves. This is
     * the primitive jnr-ffi's buffer path marshals each type as.
     */
    static JType carrier(CType c) {
        switch (c) {
            case VOID: return JType.VOID;
            case FLOAT: return JType.FLOAT;
            case DOUBLE: return JType.DOUBLE;
            default: return c.size() == 8 ? JType.LONG : JType.INT;
        }
    }

    static boolean isIntegral(NativeType t) {
        CType c = ctype(t);
        return c != null && c.isInteger() && t != NativeType.ADDRESS;
    }
}
