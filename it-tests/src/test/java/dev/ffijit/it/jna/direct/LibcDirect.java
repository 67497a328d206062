package dev.ffijit.it.jna.direct;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

import java.nio.ByteBuffer;

/** A real-world style libc binding: dozens of functions registered at once, as a performance-minded library would. */
public final class LibcDirect {
    static {
        Native.register("c");
    }

    private LibcDirect() {}

    @Structure.FieldOrder({"tv_sec", "tv_usec"})
    public static class Timeval extends Structure {
        public long tv_sec;
        public long tv_usec;
    }

    public static native int abs(int x);
    public static native long labs(long x);
    public static native long llabs(long x);
    public static native int getpid();
    public static native int getppid();
    public static native int getuid();
    public static native long strlen(String s);
    public static native NativeLong strnlen(String s, NativeLong max);
    public static native int strcmp(String a, String b);
    public static native int strncmp(String a, String b, long n);
    public static native int strcasecmp(String a, String b);
    /** Declared with Pointer: on a String argument the result would point into memory JNA frees on return. */
    public static native Pointer strchr(Pointer s, int c);
    public static native Pointer strrchr(Pointer s, int c);
    public static native String strerror(int errnum);
    public static native int atoi(String s);
    public static native long atol(String s);
    public static native long strtol(String s, Pointer end, int base);
    public static native double atof(String s);
    public static native double strtod(String s, Pointer end);
    public static native int toupper(int c);
    public static native int tolower(int c);
    public static native int isalpha(int c);
    public static native int isdigit(int c);
    public static native int isspace(int c);
    public static native Pointer memset(Pointer p, int c, long n);
    public static native Pointer memset(byte[] p, int c, long n);
    public static native Pointer memcpy(Pointer dst, Pointer src, long n);
    public static native int memcmp(byte[] a, byte[] b, long n);
    public static native Pointer memchr(ByteBuffer b, int c, long n);
    public static native Pointer malloc(long size);
    public static native Pointer calloc(long n, long size);
    public static native void free(Pointer p);
    public static native int gettimeofday(Timeval tv, Pointer tz);
    public static native int close(int fd) throws LastErrorException;
    public static native int chdir(String path) throws LastErrorException;
    public static native int access(String path, int mode);
    public static native int rand_r(int[] seed);
    public static native int snprintf(byte[] buf, long n, String format, int value); // fixed arity over a variadic C function
    public static native long time(Pointer t);
}
