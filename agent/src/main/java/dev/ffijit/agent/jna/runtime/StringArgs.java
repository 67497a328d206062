package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;

/**
 * String and WString arguments: the bytes JNA's {@code NativeString} would hold, written into the thread's ring
 * instead of a fresh malloc with a Cleaner. Strings too long for the ring take JNA's own NativeString, kept
 * reachable until the call ends, exactly as JNA does.
 */
final class StringArgs {
    /** (String, String encoding)Pointer and (String)Pointer: {@code new NativeString(..).getPointer()}, JNA's own. */
    private static final MethodHandle NARROW, WIDE;

    static {
        try {
            Class<?> ns = Class.forName("com.sun.jna.NativeString", false, Pointer.class.getClassLoader());
            MethodHandles.Lookup l = Opening.privateLookup(ns);
            MethodHandle pointer = l.findVirtual(ns, "getPointer", MethodType.methodType(Pointer.class));
            NARROW = MethodHandles.filterReturnValue(
                    l.findConstructor(ns, MethodType.methodType(void.class, String.class, String.class)), pointer);
            WIDE = MethodHandles.insertArguments(MethodHandles.filterReturnValue(
                    l.findConstructor(ns, MethodType.methodType(void.class, String.class, boolean.class)), pointer), 1, true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StringArgs() {}

    /**
     * The guard of a String argument that JNA (before 5.14) encodes with its default encoding at each call: true
     * while that is still the encoding the rule was built for.
     */
    static boolean defaultEncodingIs(String s, StringEncoder e) {
        return e.encoding.equals(Native.getDefaultStringEncoding());
    }

    static long toNative(String s, StringEncoder e, ThreadBuffers tb) throws Throwable {
        if (s == null) return 0;
        int n = s.length();
        ByteBuffer ring = tb.ring;
        if (n < ThreadBuffers.MAX_RING_STRING) {
            int before = tb.ringPosition();
            int at = tb.ringReserve(n + 1, 1);
            char limit = e.asciiLimit;
            int i = 0;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= limit) break;
                ring.put(at + i, (byte) c);
            }
            if (i == n) {
                ring.put(at + n, (byte) 0);
                return tb.ringAddress + at;
            }
            tb.ringRewind(before); // not all ASCII: the encoder decides the length
        }
        byte[] bytes = s.getBytes(e.charset);
        if (bytes.length < ThreadBuffers.MAX_RING_STRING) {
            int at = tb.ringReserve(bytes.length + 1, 1);
            ring.put(at, bytes);
            ring.put(at + bytes.length, (byte) 0);
            return tb.ringAddress + at;
        }
        Pointer p = (Pointer) NARROW.invokeExact(s, e.encoding);
        tb.keep(p);
        return Pointer.nativeValue(p);
    }

    /** One wchar_t per UTF-16 unit, zero-extended, then a NUL wchar_t; surrogate pairs stay two units, as in JNA. */
    static long wide(WString w, ThreadBuffers tb) throws Throwable {
        if (w == null) return 0;
        String s = w.toString();
        int n = s.length();
        int unit = WideChars.SIZE;
        long size = (long) (n + 1) * unit;
        if (size <= ThreadBuffers.MAX_RING_STRING) {
            ByteBuffer ring = tb.ring;
            int at = tb.ringReserve((int) size, unit);
            if (unit == 4) {
                for (int i = 0; i < n; i++) ring.putInt(at + 4 * i, s.charAt(i));
                ring.putInt(at + 4 * n, 0);
            } else {
                for (int i = 0; i < n; i++) ring.putChar(at + 2 * i, s.charAt(i));
                ring.putChar(at + 2 * n, (char) 0);
            }
            return tb.ringAddress + at;
        }
        Pointer p = (Pointer) WIDE.invokeExact(s);
        tb.keep(p);
        return Pointer.nativeValue(p);
    }
}
