package dev.ffijit.agent.jnr.runtime;

import jnr.ffi.Pointer;
import jnr.ffi.provider.jffi.AsmRuntime;
import jnr.ffi.provider.jffi.BufferParameterStrategy;
import jnr.ffi.provider.jffi.ParameterStrategy;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * The address C receives for an object argument, decided as jnr-ffi decides it: null is NULL, direct memory
 * passes its address, heap memory is copied per jnr-ffi's array flags through jnr-ffi's own parameter strategies
 * (so its exceptions and messages are jnr-ffi's). Called from generated code.
 */
public final class Args {
    private Args() {}

    public static long pointer(Scratch s, Pointer p, int flags) {
        if (p == null) return 0L;
        if (p.isDirect()) return p.address();
        ParameterStrategy strategy = AsmRuntime.pointerParameterStrategy(p);
        return s.array(strategy.object(p), strategy.offset(p), strategy.length(p), flags);
    }

    public static long buffer(Scratch s, Buffer b, int flags) {
        if (b == null) return 0L;
        if (b.isDirect()) return BufferParameterStrategy.address(b);
        ParameterStrategy strategy = AsmRuntime.pointerParameterStrategy(b);
        return s.array(strategy.object(b), strategy.offset(b), strategy.length(b), flags);
    }

    /**
     * A {@code CharSequence} parameter: a String the generated code kept unconverted is encoded here, with the
     * same bytes jnr-ffi's converter would produce (the caller checked the charset encodes identically); anything
     * else arrives as the converter's own buffer, or null.
     */
    public static long string(Scratch s, Object value, Charset charset, int flags) {
        if (value instanceof String str) return s.string(str.getBytes(charset));
        return buffer(s, (ByteBuffer) value, flags);
    }

    public static long bytes(Scratch s, byte[] a, int flags) {
        return a == null ? 0L : s.bytes(a, 0, a.length, flags);
    }

    public static long shorts(Scratch s, short[] a, int flags) {
        return a == null ? 0L : s.shorts(a, 0, a.length, flags);
    }

    public static long chars(Scratch s, char[] a, int flags) {
        return a == null ? 0L : s.chars(a, 0, a.length, flags);
    }

    public static long ints(Scratch s, int[] a, int flags) {
        return a == null ? 0L : s.ints(a, 0, a.length, flags);
    }

    public static long longs(Scratch s, long[] a, int flags) {
        return a == null ? 0L : s.longs(a, 0, a.length, flags);
    }

    public static long floats(Scratch s, float[] a, int flags) {
        return a == null ? 0L : s.floats(a, 0, a.length, flags);
    }

    public static long doubles(Scratch s, double[] a, int flags) {
        return a == null ? 0L : s.doubles(a, 0, a.length, flags);
    }
}
