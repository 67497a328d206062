package dev.ffijit.bench.bindings.jnr;

import jnr.ffi.Runtime;
import jnr.ffi.Struct;

/** {@code struct timeval} for jnr-ffi: fields are views on the struct's native memory. */
public final class JnrTimeval extends Struct {
    public final SignedLong tv_sec = new SignedLong();
    public final SignedLong tv_usec = new SignedLong();

    public JnrTimeval(Runtime runtime) {
        super(runtime);
    }
}
