package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.MemoryIO;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * A block of malloc'd native memory seen through native-order buffer views, so Java arrays are copied in and out
 * with the JDK's bulk copies. The buffers come from jffi's {@code NewDirectByteBuffer}: they own nothing and do
 * not count against the application's direct-memory limit.
 */
final class Region {
    final long address;
    final int size;
    final ByteBuffer bytes;
    private ShortBuffer shorts;
    private CharBuffer chars;
    private IntBuffer ints;
    private LongBuffer longs;
    private FloatBuffer floats;
    private DoubleBuffer doubles;

    private Region(long address, int size) {
        this.address = address;
        this.size = size;
        this.bytes = MemoryIO.getInstance().newDirectByteBuffer(address, size).order(ByteOrder.nativeOrder());
    }

    /** malloc'd, uninitialised, as jffi's own temporary arrays are; null when malloc fails. */
    static Region allocate(int size) {
        long address = MemoryIO.getInstance().allocateMemory(size, false);
        return address == 0 ? null : new Region(address, size);
    }

    void free() {
        MemoryIO.getInstance().freeMemory(address);
    }

    ShortBuffer shorts() { return shorts != null ? shorts : (shorts = bytes.asShortBuffer()); }
    CharBuffer chars() { return chars != null ? chars : (chars = bytes.asCharBuffer()); }
    IntBuffer ints() { return ints != null ? ints : (ints = bytes.asIntBuffer()); }
    LongBuffer longs() { return longs != null ? longs : (longs = bytes.asLongBuffer()); }
    FloatBuffer floats() { return floats != null ? floats : (floats = bytes.asFloatBuffer()); }
    DoubleBuffer doubles() { return doubles != null ? doubles : (doubles = bytes.asDoubleBuffer()); }
}
