package dev.ffijit.agent.jna.runtime;

/**
 * Primitive array arguments. JNI's {@code Get<T>ArrayElements} copies the array on HotSpot and
 * {@code Release<T>ArrayElements(.., 0)} copies all of it back after the call, also when a LastErrorException
 * follows; the thread's arena does the same copies without a JNI round trip. {@code char[]} travels as 16-bit
 * jchars, not wchar_t, as in JNA.
 */
final class ArrayArgs {
    /** Larger arrays take JNA's path: the copy buffers are int-indexed. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private ArrayArgs() {}

    static boolean fits(byte[] a) { return a == null || a.length <= MAX_BYTES; }
    static boolean fits(short[] a) { return a == null || a.length * 2L <= MAX_BYTES; }
    static boolean fits(char[] a) { return a == null || a.length * 2L <= MAX_BYTES; }
    static boolean fits(int[] a) { return a == null || a.length * 4L <= MAX_BYTES; }
    static boolean fits(long[] a) { return a == null || a.length * 8L <= MAX_BYTES; }
    static boolean fits(float[] a) { return a == null || a.length * 4L <= MAX_BYTES; }
    static boolean fits(double[] a) { return a == null || a.length * 8L <= MAX_BYTES; }

    static long address(byte[] a, ThreadBuffers tb) { return a == null ? 0 : tb.copyIn(a); }
    static long address(short[] a, ThreadBuffers tb) { return a == null ? 0 : tb.copyIn(a); }
    static long address(char[] a, ThreadBuffers tb) { return a == null ? 0 : tb.copyIn(a); }
    static long address(int[] a, ThreadBuffers tb) { return a == null ? 0 : tb.copyIn(a); }
    static long address(long[] a, ThreadBuffers tb) { return a == null ? 0 : tb.copyIn(a); }
    static long address(float[] a, ThreadBuffers tb) { return a == null ? 0 : tb.copyIn(a); }
    static long address(double[] a, ThreadBuffers tb) { return a == null ? 0 : tb.copyIn(a); }
}
