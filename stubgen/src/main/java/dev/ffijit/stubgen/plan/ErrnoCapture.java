package dev.ffijit.stubgen.plan;

/**
 * How a stub hands {@code errno} to the host library after the call, so that the host's own "last error" reads
 * what the host's own call path would have stored.
 *
 * @param style            the shape of the host's save function
 * @param errnoLocation    address of the C library's {@code int *errno_location(void)}
 * @param save             address of the host's save function
 * @param clearBefore      set errno to 0 just before the call (JNA, for methods that throw LastErrorException)
 */
public record ErrnoCapture(Style style, long errnoLocation, long save, boolean clearBefore) {

    public enum Style {
        /** {@code void save(JNIEnv *env, int errno)}, JNA's {@code JNA_set_last_error}. */
        ENV_AND_VALUE,
        /** {@code void save(void)} that reads errno itself, jffi's {@code jffi_save_errno}. */
        NO_ARGS
    }

    public ErrnoCapture {
        if (save == 0) throw new IllegalArgumentException("no save function");
        if ((style == Style.ENV_AND_VALUE || clearBefore) && errnoLocation == 0) {
            throw new IllegalArgumentException("no errno location function");
        }
    }

    public ErrnoCapture withClearBefore(boolean clear) {
        return new ErrnoCapture(style, errnoLocation, save, clear);
    }
}
