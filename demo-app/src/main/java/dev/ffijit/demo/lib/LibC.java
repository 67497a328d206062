package dev.ffijit.demo.lib;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The C library through JNA interface mapping, written the way most JNA code is:
 * an interface with an {@code INSTANCE} field. Every call goes through JNA's proxy.
 */
public interface LibC extends Library {
    LibC INSTANCE = Native.load(Platform.C_LIBRARY_NAME, LibC.class);

    /** CLOCK_MONOTONIC differs between Linux (1) and macOS (6). */
    int CLOCK_MONOTONIC = Platform.isMac() ? 6 : 1;

    /** size_t is pointer-sized on every platform the demo runs on, as NativeLong is on LP64. */
    NativeLong strlen(String s);

    int strcmp(String a, String b);

    NativeLong strtol(Pointer text, PointerByReference end, int base);

    int clock_gettime(int clockId, Timespec time);
}
