package dev.ffijit.stubgen.code;

import java.util.Arrays;

/** A growing little-endian byte buffer that can patch what it already holds; shared by the encoders. */
public final class CodeBuffer {
    private byte[] data = new byte[128];
    private int size;

    public int position() { return size; }

    public CodeBuffer u8(int b) {
        if (size == data.length) data = Arrays.copyOf(data, size * 2);
        data[size++] = (byte) b;
        return this;
    }

    public CodeBuffer u32(int v) {
        for (int i = 0; i < 4; i++) u8(v >>> (8 * i));
        return this;
    }

    public CodeBuffer u64(long v) {
        for (int i = 0; i < 8; i++) u8((int) (v >>> (8 * i)));
        return this;
    }

    public void alignTo(int alignment, int fill) {
        while (size % alignment != 0) u8(fill);
    }

    public void patch32(int at, int value) {
        for (int i = 0; i < 4; i++) data[at + i] = (byte) (value >>> (8 * i));
    }

    public int read32(int at) {
        return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | (data[at + 3] & 0xff) << 24;
    }

    public byte[] bytes() {
        return Arrays.copyOf(data, size);
    }
}
