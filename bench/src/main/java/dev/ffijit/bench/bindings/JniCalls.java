package dev.ffijit.bench.bindings;

import dev.ffijit.bench.NativeLibraries;

/** Hand-written JNI (src/main/c/ffijitbench_jni.c): the baseline of the ratio table. */
public final class JniCalls {
    static {
        System.load(NativeLibraries.jniLibrary());
    }

    private JniCalls() {
    }

    public static native long labs(long x);

    public static native double cos(double x);

    public static native long strlen(String s);

    public static native long strlen(long address);

    public static native long memset(long address, int c, long n);

    public static native long sum6(long a, long b, long c, long d, long e, long f);

    public static native long sum8(int a, long b, int c, long d, int e, long f, int g, long h);

    /** Fills {@code out} with {tv_sec, tv_usec}. */
    public static native int gettimeofday(long[] out);

    public static native long crc32(long crc, byte[] buf, int len);

    public static native long malloc(long size);

    public static native void free(long address);

    public static native void getBytes(long address, byte[] dst);

    public static native void putBytes(long address, byte[] src);
}
