package dev.ffijit.stubgen.plan;

import dev.ffijit.stubgen.sig.Signature;

/** Everything that determines one stub: what it is bound as, what it calls, and what it does around the call. */
public record StubSpec(Signature signature, long target, ErrnoCapture errno) {
    public StubSpec {
        if (target == 0) throw new IllegalArgumentException("null target");
    }

    public static StubSpec of(Signature signature, long target) {
        return new StubSpec(signature, target, null);
    }
}
