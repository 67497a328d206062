package dev.ffijit.agent.jna.runtime;

import com.sun.jna.IntegerType;
import com.sun.jna.NativeMappedConverter;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;

import java.lang.invoke.MethodHandle;

/**
 * Return values, as {@code Function.invoke(Object[], Class, ...)} builds them from the native result. Called by
 * generated code; each is the one rule for its type.
 */
final class Results {
    private Results() {}

    /** Interface mapping: {@code invokeInt(..) != 0}, all 32 bits. */
    static boolean nonZero(int r) { return r != 0; }
    static byte toByte(int r) { return (byte) r; }
    static short toShort(int r) { return (short) r; }
    static char toChar(int r) { return (char) r; }

    static Boolean boxedBoolean(int r) { return r != 0 ? Boolean.TRUE : Boolean.FALSE; }
    static Byte boxedByte(int r) { return (byte) r; }
    static Short boxedShort(int r) { return (short) r; }
    static Character boxedChar(int r) { return (char) r; }
    static Integer boxedInt(int r) { return r; }
    static Long boxedLong(long r) { return r; }
    static Float boxedFloat(float r) { return r; }
    static Double boxedDouble(double r) { return r; }

    /** {@code invokePointer}: 0 is null, anything else a new plain Pointer. */
    static Pointer pointer(long r) {
        return r == 0 ? null : new Pointer(r);
    }

    static String string(long r, String encoding) {
        return r == 0 ? null : new Pointer(r).getString(0, encoding);
    }

    static WString wideString(long r) {
        return r == 0 ? null : new WString(new Pointer(r).getWideString(0));
    }

    /** A JNA IntegerType or PointerType: its converter's {@code fromNative} of the native-typed value. */
    static Object fromByte(int r, NativeMappedConverter c) { return c.fromNative((byte) r, null); }
    static Object fromShort(int r, NativeMappedConverter c) { return c.fromNative((short) r, null); }
    static Object fromInt(int r, NativeMappedConverter c) { return c.fromNative(r, null); }
    static Object fromLong(long r, NativeMappedConverter c) { return c.fromNative(r, null); }
    static Object fromPointer(long r, NativeMappedConverter c) { return c.fromNative(pointer(r), null); }

    /**
     * The same for an IntegerType whose {@code fromNative} {@link IntegerTypes} reproduces: the value as
     * {@code Number.longValue} gives it, a new instance from the no-arg constructor, then its {@code setValue}.
     */
    static Object integerOfByte(int r, MethodHandle constructor) throws Throwable { return integerOfLong((byte) r, constructor); }
    static Object integerOfShort(int r, MethodHandle constructor) throws Throwable { return integerOfLong((short) r, constructor); }
    static Object integerOfInt(int r, MethodHandle constructor) throws Throwable { return integerOfLong(r, constructor); }
    static Object integerOfLong(long r, MethodHandle constructor) throws Throwable {
        IntegerType n = (IntegerType) constructor.invokeExact();
        n.setValue(r);
        return n;
    }

    /** {@code Structure.newInstance(type, p)} then {@code conditionalAutoRead()}; NULL is null. */
    @SuppressWarnings("unchecked")
    static Structure structure(long r, Class<?> type) throws Throwable {
        if (r == 0) return null;
        Structure s = Structure.newInstance((Class<Structure>) type, new Pointer(r));
        StructAccess.CONDITIONAL_AUTO_READ.invokeExact(s);
        return s;
    }
}
