package dev.ffijit.stubgen.code;

import java.util.List;

/**
 * The little native access stubgen needs, provided by the host library the application already loaded
 * (JNA, or jffi for jnr-ffi): ffijit ships no native library of its own.
 */
public interface NativeAccess {

    /** The address of a symbol visible in the process, or 0. */
    long symbol(String name);

    /** Calls a C function taking up to six integer or pointer arguments and returning one (or nothing). */
    long call(long function, long... args);

    /** Copies bytes to native memory. */
    void write(long address, byte[] bytes);

    /** Copies bytes from native memory (plain memory reads: nothing that touches the host's saved errno). */
    byte[] read(long address, int length);

    /** JNI {@code RegisterNatives}: binds each method of {@code holder} to its code address. */
    void registerNatives(Class<?> holder, List<NativeMethod> methods);

    /** A JNI native method binding. */
    record NativeMethod(String name, String descriptor, long address) {}
}
