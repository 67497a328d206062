package dev.ffijit.agent.jna.runtime;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Methods declared {@code throws LastErrorException}: the stub cleared errno before the call and saved it into
 * JNA's slot after; a non-zero value throws what {@code dispatch()} throws, built the way it builds it:
 * {@code snprintf(msg, 1024, "[%d] %s", err, STR_ERROR(err))}, where STR_ERROR retries {@code strerror_r} (XSI) with
 * buffers of 256, 512, ... bytes and falls back to "Failed to convert error: %d", then {@code ThrowNew}, which runs
 * the {@code LastErrorException(String)} constructor. ({@code new LastErrorException(int)} would word it differently.)
 */
final class LastErrors {
    private static final int MSG_SIZE = 1024;
    private static final int ERANGE = 34;
    private static volatile MethodHandle strerror; // (int code, long buffer, long size)int

    private LastErrors() {}

    static void install(MethodHandle xpgStrerror) {
        strerror = xpgStrerror;
    }

    static void check() throws Throwable {
        int err = Native.getLastError();
        if (err != 0) throw new LastErrorException(message(err));
    }

    static String message(int err) throws Throwable {
        byte[] text = describe(err);
        byte[] head = ("[" + err + "] ").getBytes(StandardCharsets.US_ASCII);
        if (text == null) text = ("Failed to convert error: " + err).getBytes(StandardCharsets.US_ASCII);
        int n = Math.min(head.length + text.length, MSG_SIZE - 1);
        byte[] all = new byte[n];
        System.arraycopy(head, 0, all, 0, Math.min(head.length, n));
        if (n > head.length) System.arraycopy(text, 0, all, head.length, n - head.length);
        // ThrowNew decodes the C string as (modified) UTF-8
        return new String(all, StandardCharsets.UTF_8);
    }

    /** strerror_r's text, or null where STR_ERROR gives up. */
    private static byte[] describe(int err) throws Throwable {
        for (int size = 256; size < 10 * 1024; size += 256) {
            ByteBuffer buf = ByteBuffer.allocateDirect(size);
            int rc = (int) strerror.invokeExact(err, DirectBuffers.address(buf), (long) size);
            if (rc == 0) {
                int len = 0;
                while (len < size && buf.get(len) != 0) len++;
                byte[] b = new byte[len];
                buf.get(0, b);
                return b;
            }
            if (rc != ERANGE) return null;
        }
        return null;
    }
}
