package dev.ffijit.bench.bindings.jnadirect;

import com.sun.jna.Native;
import dev.ffijit.bench.bindings.jna.JnaZlib;

/** zlib through JNA direct mapping; the {@code byte[]} is passed as JNA direct mapping passes arrays. */
public final class DirectZlib {
    static {
        Native.register(DirectZlib.class, JnaZlib.NAME);
    }

    private DirectZlib() {
    }

    public static native long crc32(long crc, byte[] buf, int len);
}
