package dev.ffijit.agent.jna.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

/**
 * Plain loads and stores at native addresses, for the Structure fast path (docs/jna.md). Two backends, chosen once:
 * the foreign memory API (JDK 22+) over the whole address space when native access is enabled for ffijit's module,
 * else {@code sun.misc.Unsafe} up to JDK 23 (it prints a warning from JDK 24). When neither is usable,
 * {@link #AVAILABLE} is false and Structures are synchronised by JNA's own methods.
 */
final class NativeMemory {
    static final boolean AVAILABLE;
    static final String BACKEND;
    private static final boolean FOREIGN;
    private static final sun.misc.Unsafe UNSAFE;
    // (long address)T and (long address, T value)void over the everything-segment
    private static final MethodHandle GET_BYTE, GET_SHORT, GET_CHAR, GET_INT, GET_LONG, GET_FLOAT, GET_DOUBLE;
    private static final MethodHandle PUT_BYTE, PUT_SHORT, PUT_CHAR, PUT_INT, PUT_LONG, PUT_FLOAT, PUT_DOUBLE;

    static {
        MethodHandle[] h = foreignHandles();
        FOREIGN = h != null;
        sun.misc.Unsafe unsafe = FOREIGN || Runtime.version().feature() >= 24 ? null : unsafe();
        UNSAFE = unsafe;
        AVAILABLE = FOREIGN || unsafe != null;
        BACKEND = FOREIGN ? "foreign memory" : unsafe != null ? "sun.misc.Unsafe" : "none";
        MethodHandle[] x = h != null ? h : new MethodHandle[14];
        GET_BYTE = x[0]; GET_SHORT = x[1]; GET_CHAR = x[2]; GET_INT = x[3]; GET_LONG = x[4]; GET_FLOAT = x[5]; GET_DOUBLE = x[6];
        PUT_BYTE = x[7]; PUT_SHORT = x[8]; PUT_CHAR = x[9]; PUT_INT = x[10]; PUT_LONG = x[11]; PUT_FLOAT = x[12]; PUT_DOUBLE = x[13];
    }

    private NativeMemory() {}

    static byte getByte(long a) throws Throwable { return FOREIGN ? (byte) GET_BYTE.invokeExact(a) : UNSAFE.getByte(a); }
    static short getShort(long a) throws Throwable { return FOREIGN ? (short) GET_SHORT.invokeExact(a) : UNSAFE.getShort(a); }
    static char getChar(long a) throws Throwable { return FOREIGN ? (char) GET_CHAR.invokeExact(a) : UNSAFE.getChar(a); }
    static int getInt(long a) throws Throwable { return FOREIGN ? (int) GET_INT.invokeExact(a) : UNSAFE.getInt(a); }
    static long getLong(long a) throws Throwable { return FOREIGN ? (long) GET_LONG.invokeExact(a) : UNSAFE.getLong(a); }
    static float getFloat(long a) throws Throwable { return FOREIGN ? (float) GET_FLOAT.invokeExact(a) : UNSAFE.getFloat(a); }
    static double getDouble(long a) throws Throwable { return FOREIGN ? (double) GET_DOUBLE.invokeExact(a) : UNSAFE.getDouble(a); }

    static void putByte(long a, byte v) throws Throwable { if (FOREIGN) PUT_BYTE.invokeExact(a, v); else UNSAFE.putByte(a, v); }
    static void putShort(long a, short v) throws Throwable { if (FOREIGN) PUT_SHORT.invokeExact(a, v); else UNSAFE.putShort(a, v); }
    static void putChar(long a, char v) throws Throwable { if (FOREIGN) PUT_CHAR.invokeExact(a, v); else UNSAFE.putChar(a, v); }
    static void putInt(long a, int v) throws Throwable { if (FOREIGN) PUT_INT.invokeExact(a, v); else UNSAFE.putInt(a, v); }
    static void putLong(long a, long v) throws Throwable { if (FOREIGN) PUT_LONG.invokeExact(a, v); else UNSAFE.putLong(a, v); }
    static void putFloat(long a, float v) throws Throwable { if (FOREIGN) PUT_FLOAT.invokeExact(a, v); else UNSAFE.putFloat(a, v); }
    static void putDouble(long a, double v) throws Throwable { if (FOREIGN) PUT_DOUBLE.invokeExact(a, v); else UNSAFE.putDouble(a, v); }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Handles over {@code MemorySegment.NULL.reinterpret(Long.MAX_VALUE)}, unaligned layouts; null if not usable. */
    private static MethodHandle[] foreignHandles() {
        if (Runtime.version().feature() < 22) return null;
        try {
            Module self = NativeMemory.class.getModule();
            if (!(boolean) Module.class.getMethod("isNativeAccessEnabled").invoke(self)) return null;
            Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
            Object all = segment.getMethod("reinterpret", long.class)
                    .invoke(segment.getField("NULL").get(null), Long.MAX_VALUE);
            String[] layouts = {"JAVA_BYTE", "JAVA_SHORT_UNALIGNED", "JAVA_CHAR_UNALIGNED", "JAVA_INT_UNALIGNED",
                    "JAVA_LONG_UNALIGNED", "JAVA_FLOAT_UNALIGNED", "JAVA_DOUBLE_UNALIGNED"};
            Class<?>[] types = {byte.class, short.class, char.class, int.class, long.class, float.class, double.class};
            String[] layoutTypes = {"OfByte", "OfShort", "OfChar", "OfInt", "OfLong", "OfFloat", "OfDouble"};
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle[] h = new MethodHandle[14];
            for (int i = 0; i < 7; i++) {
                Object layout = valueLayout.getField(layouts[i]).get(null);
                Class<?> layoutType = Class.forName("java.lang.foreign.ValueLayout$" + layoutTypes[i]);
                MethodHandle get = lookup.findVirtual(segment, "get", MethodType.methodType(types[i], layoutType, long.class));
                MethodHandle set = lookup.findVirtual(segment, "set",
                        MethodType.methodType(void.class, layoutType, long.class, types[i]));
                h[i] = MethodHandles.insertArguments(get, 0, all, layout);
                h[i + 7] = MethodHandles.insertArguments(set, 0, all, layout);
            }
            return h;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
