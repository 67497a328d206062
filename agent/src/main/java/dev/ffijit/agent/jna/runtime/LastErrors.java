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
 * Before JNA 5.13 (commit 494bc66) STR_ERROR made one {@code strerror_r} into a buffer of {@code MSG_SIZE - 13}
 * bytes and, if that failed, a second one for the code it returned, whose text stands either way (glibc: "Invalid
 * argument" for an unknown code).
 */
final class LastErrors {
    private static final int MSG_SIZE = 1024;
    private static final int ERANGE = 34;
    /** Whether the loaded JNA retries with larger buffers (5.13 and later); null: its rule is not known. */
    static final Boolean RETRIES = JnaVersion.atLeast(5, 13);
    private static volatile MethodHandle strerror; // (int code, long buffer, long size)int

    private LastErrors() {}

    /** Whether the message of the loaded JNA's LastErrorException is known; else such methods stay on JNA's path. */
    static void requireKnownRule() throws Unsupported {
        if (RETRIES == null) {
            throw new Unsupported("LastErrorException: the message rule of JNA version '" + JnaVersion.LOADED
                    + "' is not known");
        }
    }

    static void install(MethodHandle xpgStrerror) {
        strerror = xpgStrerror;
    }

    static void check() throws Throwable {
        int err = Native.getLastError();
        if (err != 0) throw new LastErrorException(keepingErrno(err));
    }

    private static String keepingErrno(int err) throws Throwable {
        int errno = KeptErrno.save();
        try {
            return message(err);
        } finally {
            KeptErrno.restore(errno);
        }
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
        if (!RETRIES) return describeOnceAgain(err);
        for (int size = 256; size < 10 * 1024; size += 256) {
            ByteBuffer buf = ByteBuffer.allocateDirect(size);
            int rc = (int) strerror.invokeExact(err, DirectBuffers.address(buf), (long) size);
            if (rc == 0) return cString(buf, size);
            if (rc != ERANGE) return null;
        }
        return null;
    }

    /** JNA before 5.13: {@code err = strerror_r(code, buf, len); if (err) strerror_r(err > 0 ? err : errno, buf, len)}. */
    private static byte[] describeOnceAgain(int err) throws Throwable {
        int size = MSG_SIZE - 3 - 10;
        ByteBuffer buf = ByteBuffer.allocateDirect(size);
        int rc = (int) strerror.invokeExact(err, DirectBuffers.address(buf), (long) size);
        // glibc and musl return the error number; the errno variant (glibc before 2.13) is older than any JDK 17 host
        if (rc > 0) rc = (int) strerror.invokeExact(rc, DirectBuffers.address(buf), (long) size);
        return cString(buf, size);
    }

    private static byte[] cString(ByteBuffer buf, int size) {
        int len = 0;
        while (len < size && buf.get(len) != 0) len++;
        byte[] b = new byte[len];
        buf.get(0, b);
        return b;
    }
}
