package dev.ffijit.demo.lib;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The C library through JNA direct mapping ({@code static native} methods bound by
 * {@link Native#register(String)}), the form JNA recommends for hot calls.
 * {@code size_t} is declared as Java {@code long}: the demo runs on 64-bit platforms only.
 */
public final class LibCDirect {
    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    private LibCDirect() {
    }

    public static native int strncmp(String a, String b, long n);

    public static native int memcmp(byte[] a, byte[] b, long n);

    public static native Pointer memcpy(Pointer dest, byte[] src, long n);

    public static native Pointer memset(Pointer dest, int c, long n);
}
