package dev.ffijit.agent.jna.runtime;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * NIO buffer arguments as {@code dispatch()} passes them: a direct buffer's address plus position times element
 * size; a heap buffer's whole backing array copied (and copied back) with the address of
 * {@code arrayOffset + position}. Buffers JNA rejects (read-only heap buffers, views without an array) take
 * JNA's path, which throws its own IllegalArgumentException.
 */
final class BufferArgs {
    private BufferArgs() {}

    static boolean isSupported(Buffer b) {
        if (b == null) return true;
        if (b.isDirect()) return DirectBuffers.address(b) != 0;
        return b.hasArray() && ArrayFits.fits(b);
    }

    static long address(Buffer b, ThreadBuffers tb) {
        if (b == null) return 0;
        if (b.isDirect()) return DirectBuffers.address(b) + (long) b.position() * elementSize(b);
        long base = copyIn(b, tb);
        return base + (long) (b.arrayOffset() + b.position()) * elementSize(b);
    }

    private static long copyIn(Buffer b, ThreadBuffers tb) {
        Object a = b.array();
        if (a instanceof byte[] x) return tb.copyIn(x);
        if (a instanceof char[] x) return tb.copyIn(x);
        if (a instanceof short[] x) return tb.copyIn(x);
        if (a instanceof int[] x) return tb.copyIn(x);
        if (a instanceof long[] x) return tb.copyIn(x);
        if (a instanceof float[] x) return tb.copyIn(x);
        return tb.copyIn((double[]) a);
    }

    static int elementSize(Buffer b) {
        if (b instanceof ByteBuffer) return 1;
        if (b instanceof CharBuffer || b instanceof ShortBuffer) return 2;
        if (b instanceof IntBuffer || b instanceof FloatBuffer) return 4;
        if (b instanceof LongBuffer || b instanceof DoubleBuffer) return 8;
        throw new IllegalArgumentException("unknown buffer " + b.getClass());
    }

    /** Heap buffers whose array the copy buffers can index. */
    private static final class ArrayFits {
        static boolean fits(Buffer b) {
            return (long) b.capacity() * elementSize(b) + (long) b.arrayOffset() * elementSize(b) <= Integer.MAX_VALUE - 8;
        }
    }
}
