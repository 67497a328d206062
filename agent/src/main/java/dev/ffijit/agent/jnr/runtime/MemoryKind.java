package dev.ffijit.agent.jnr.runtime;

import jnr.ffi.Pointer;

import java.nio.Buffer;

/**
 * The Java types jnr-ffi passes as memory (its {@code hasPointerParameterStrategy} types, minus boolean[]), each
 * with the {@link Args} method that turns one into an address.
 */
enum MemoryKind {
    POINTER(Pointer.class, "pointer"),
    BUFFER(Buffer.class, "buffer"),
    BYTES(byte[].class, "bytes"),
    SHORTS(short[].class, "shorts"),
    CHARS(char[].class, "chars"),
    INTS(int[].class, "ints"),
    LONGS(long[].class, "longs"),
    FLOATS(float[].class, "floats"),
    DOUBLES(double[].class, "doubles");

    final Class<?> javaType;
    final String argsMethod;

    MemoryKind(Class<?> javaType, String argsMethod) {
        this.javaType = javaType;
        this.argsMethod = argsMethod;
    }

    /** The kind for a value of this (effective) type, or null. */
    static MemoryKind of(Class<?> effective) {
        for (MemoryKind k : values()) {
            if (k.javaType.isAssignableFrom(effective)) return k;
        }
        return null;
    }
}
