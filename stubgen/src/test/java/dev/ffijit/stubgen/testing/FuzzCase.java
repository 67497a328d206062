package dev.ffijit.stubgen.testing;

import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One fuzzed signature, the way its stub hands errno over, and the C function that checks it. Integer arguments
 * marked in {@code wideMask} are declared {@code uint64_t} in C, so C sees the whole register or slot: the stub
 * must have widened them exactly as libffi does (a gcc callee would re-extend a narrow parameter and hide a
 * wrong upper half; code built by clang relies on it).
 */
public record FuzzCase(int index, Signature signature, ErrnoMode errno, long wideMask) {

    /** How the stub under test saves errno (and whether it clears it first). */
    public enum ErrnoMode {
        NONE, ENV_AND_VALUE, NO_ARGS, CLEAR_AND_ENV,
        /** The same two, with errno read (and cleared) at its thread-pointer offset instead of through a call. */
        TLS_ENV_AND_VALUE, TLS_CLEAR_AND_ENV,
        /** Stored into the host's cell behind {@code fz_getspecific}: a key with a cell, and one without. */
        SLOT_HIT, SLOT_MISS;

        public boolean clears() { return this == CLEAR_AND_ENV || this == TLS_CLEAR_AND_ENV; }
        /** The save function runs, with the JNIEnv*. */
        public boolean savesWithEnv() {
            return this == ENV_AND_VALUE || this == CLEAR_AND_ENV || this == TLS_ENV_AND_VALUE
                    || this == TLS_CLEAR_AND_ENV || this == SLOT_MISS;
        }
    }

    private static final CType[] ALL = {CType.SINT8, CType.UINT8, CType.SINT16, CType.UINT16, CType.SINT32,
            CType.UINT32, CType.SINT64, CType.UINT64, CType.POINTER, CType.FLOAT, CType.DOUBLE};
    private static final CType[] PROMOTED = {CType.SINT32, CType.UINT32, CType.SINT64, CType.UINT64, CType.POINTER,
            CType.DOUBLE};
    private static final JType[] INTEGRAL = {JType.BOOLEAN, JType.BYTE, JType.CHAR, JType.SHORT, JType.INT, JType.LONG};

    public String name() { return "f" + index; }

    /** 1..maxArgs arguments of any mix, one in ten variadic, one in four with errno capture. */
    public static FuzzCase random(int index, Random r, int maxArgs) {
        int n = 1 + r.nextInt(maxArgs);
        boolean variadic = n >= 2 && r.nextInt(10) == 0;
        int fixed = variadic ? 1 + r.nextInt(n - 1) : n;
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CType t = i < fixed ? ALL[r.nextInt(ALL.length)] : PROMOTED[r.nextInt(PROMOTED.length)];
            params.add(Param.of(carrierFor(t, r), t));
        }
        Param result;
        if (r.nextInt(8) == 0) {
            result = Param.of(JType.VOID, CType.VOID);
        } else {
            CType t = ALL[r.nextInt(ALL.length)];
            result = Param.of(carrierFor(t, r), t);
        }
        Signature sig = variadic ? Signature.variadic(result, params, fixed) : Signature.of(result, params);
        ErrnoMode mode = r.nextInt(4) == 0 ? ErrnoMode.values()[1 + r.nextInt(ErrnoMode.values().length - 1)] : ErrnoMode.NONE;
        long wide = 0;
        for (int i = 0; i < n; i++) {
            if (params.get(i).ctype().isInteger() && r.nextBoolean()) wide |= 1L << i;
        }
        return new FuzzCase(index, sig, mode, wide);
    }

    private static JType carrierFor(CType t, Random r) {
        if (t == CType.FLOAT) return JType.FLOAT;
        if (t == CType.DOUBLE) return JType.DOUBLE;
        return INTEGRAL[r.nextInt(INTEGRAL.length)];
    }

    /** The errno value the C function sets from its checksum when the stub captures errno. */
    public static int errnoFor(long h) {
        return (int) Long.remainderUnsigned(h, 1000) + 1;
    }

    /** The C definition: fold every argument, publish the checksum, maybe set errno, return a value made from it. */
    public String cSource() {
        Signature sig = signature;
        StringBuilder sb = new StringBuilder();
        sb.append(cType(sig.result().ctype())).append(' ').append(name()).append('(');
        for (int i = 0; i < sig.fixedArgs(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(declaredType(i)).append(" a").append(i);
        }
        if (sig.isVariadic()) sb.append(", ...");
        sb.append(") {\n  uint64_t h = 0xcbf29ce484222325ULL;\n  fz_entry_errno = errno;\n");
        if (sig.isVariadic()) {
            sb.append("  va_list ap;\n  va_start(ap, a").append(sig.fixedArgs() - 1).append(");\n");
            for (int i = sig.fixedArgs(); i < sig.params().size(); i++) {
                String t = declaredType(i);
                sb.append("  ").append(t).append(" a").append(i).append(" = va_arg(ap, ").append(t).append(");\n");
            }
            sb.append("  va_end(ap);\n");
        }
        for (int i = 0; i < sig.params().size(); i++) {
            CType t = isWide(i) ? CType.UINT64 : sig.params().get(i).ctype();
            sb.append("  h = fz_mix(h, ").append(image(t, "a" + i)).append(");\n");
        }
        sb.append("  fz_sum = h;\n");
        if (errno != ErrnoMode.NONE) sb.append("  errno = (int)(h % 1000) + 1;\n");
        CType rt = sig.result().ctype();
        if (rt != CType.VOID) sb.append("  return ").append(fromHash(rt)).append(";\n");
        return sb.append("}\n").toString();
    }

    /** fz_getspecific's one key with a cell; the cell is at this offset in its block. */
    public static final int SLOT_KEY = 7, SLOT_OFFSET = 12;

    public static final String PRELUDE = String.join("\n",
            "#include <stdint.h>", "#include <string.h>", "#include <stdarg.h>", "#include <errno.h>",
            "uint64_t fz_sum;", "int fz_entry_errno;", "int fz_saved_errno;", "void *fz_env;",
            "static uint64_t fz_mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001B3ULL; }",
            "static uint64_t fz_fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }",
            "static uint64_t fz_dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }",
            "static float fz_ffrom(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }",
            "static double fz_dfrom(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }",
            "void fz_save_env(void *env, int e) { fz_env = env; fz_saved_errno = e; }",
            "struct { int pad[3]; int cell; } fz_block;",
            "void *fz_getspecific(unsigned key) { return key == " + SLOT_KEY + " ? (void *) &fz_block : 0; }",
            "void fz_save_noargs(void) { fz_saved_errno = errno; }",
            "void fz_set_errno(int e) { errno = e; }",
            "");

    private boolean isWide(int i) {
        return (wideMask >>> i & 1) != 0;
    }

    private String declaredType(int i) {
        return isWide(i) ? "uint64_t" : cType(signature.params().get(i).ctype());
    }

    static String cType(CType t) {
        switch (t) {
            case VOID: return "void";
            case SINT8: return "int8_t";
            case UINT8: return "uint8_t";
            case SINT16: return "int16_t";
            case UINT16: return "uint16_t";
            case SINT32: return "int32_t";
            case UINT32: return "uint32_t";
            case SINT64: return "int64_t";
            case UINT64: return "uint64_t";
            case POINTER: return "void *";
            case FLOAT: return "float";
            case DOUBLE: return "double";
            default: throw new IllegalArgumentException(t.toString());
        }
    }

    private static String image(CType t, String v) {
        if (t == CType.FLOAT) return "fz_fbits(" + v + ")";
        if (t == CType.DOUBLE) return "fz_dbits(" + v + ")";
        if (t == CType.POINTER) return "(uint64_t)(uintptr_t)" + v;
        return t.isSigned() ? "(uint64_t)(int64_t)" + v : "(uint64_t)" + v;
    }

    private static String fromHash(CType t) {
        if (t == CType.FLOAT) return "fz_ffrom((uint32_t)h)";
        if (t == CType.DOUBLE) return "fz_dfrom(h)";
        if (t == CType.POINTER) return "(void *)(uintptr_t)h";
        return "(" + cType(t) + ")h";
    }
}
