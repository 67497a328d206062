package dev.ffijit.stubgen.plan;

/**
 * How a stub hands {@code errno} to the host library after the call, so that the host's own "last error" reads
 * what the host's own call path would have stored.
 *
 * @param style            the shape of the host's save function
 * @param errnoLocation    address of the C library's {@code int *errno_location(void)}
 * @param save             address of the host's save function
 * @param clearBefore      set errno to 0 just before the call (JNA, for methods that throw LastErrorException)
 * @param threadOffset     errno's offset from the thread pointer, when {@code ThreadErrno} found it the same in
 *                         every thread: the stub then reads and clears errno in place, without calling
 *                         {@code errnoLocation}; null: call it
 * @param slot             the host's cell, to store errno into directly; null: always call {@code save}
 */
public record ErrnoCapture(Style style, long errnoLocation, long save, boolean clearBefore, Integer threadOffset,
                           HostSlot slot) {

    /**
     * The host's per-thread "last error" cell, when it is known: {@code (char *) getspecific(key) + offset}. A thread
     * that has no cell yet (getspecific gives NULL) takes the {@code save} call, which creates it. For JNA this is
     * what {@code JNA_set_last_error} does itself, two calls deeper.
     *
     * @param threadSlot where the calling thread's {@code getspecific(key)} value itself lives, as an offset from the
     *                   thread pointer, when {@code ThreadSlotFinder} found one that every thread agrees on: the stub
     *                   then loads it instead of calling getspecific; null: call it
     */
    public record HostSlot(long getspecific, int key, int offset, Integer threadSlot) {
        public HostSlot {
            if (getspecific == 0 || key < 0 || offset < 0) throw new IllegalArgumentException("bad host slot");
        }

        public HostSlot(long getspecific, int key, int offset) {
            this(getspecific, key, offset, null);
        }

        public HostSlot withThreadSlot(Integer slot) {
            return new HostSlot(getspecific, key, offset, slot);
        }
    }

    public enum Style {
        /** {@code void save(JNIEnv *env, int errno)}, JNA's {@code JNA_set_last_error}. */
        ENV_AND_VALUE,
        /** {@code void save(void)} that reads errno itself, jffi's {@code jffi_save_errno}. */
        NO_ARGS
    }

    public ErrnoCapture {
        if (save == 0) throw new IllegalArgumentException("no save function");
        if ((style == Style.ENV_AND_VALUE || clearBefore) && errnoLocation == 0 && threadOffset == null) {
            throw new IllegalArgumentException("no errno location function");
        }
    }

    public ErrnoCapture(Style style, long errnoLocation, long save, boolean clearBefore) {
        this(style, errnoLocation, save, clearBefore, null, null);
    }

    public ErrnoCapture withClearBefore(boolean clear) {
        return new ErrnoCapture(style, errnoLocation, save, clear, threadOffset, slot);
    }

    public ErrnoCapture withThreadOffset(Integer offset) {
        return new ErrnoCapture(style, errnoLocation, save, clearBefore, offset, slot);
    }

    /**
     * The host's cell and errno are both loads from the thread pointer, so the store needs no call: that path leaves
     * the result registers as the target left them, which a call to the errno location function would not.
     */
    public boolean slotThroughThread() {
        return slot != null && slot.threadSlot() != null && threadOffset != null;
    }

    /** Only for {@link Style#ENV_AND_VALUE}: a NO_ARGS save reads errno itself. */
    public ErrnoCapture withSlot(HostSlot hostSlot) {
        if (hostSlot != null && style != Style.ENV_AND_VALUE) throw new IllegalArgumentException("slot needs ENV_AND_VALUE");
        return new ErrnoCapture(style, errnoLocation, save, clearBefore, threadOffset, hostSlot);
    }
}
