package dev.ffijit.stubgen.sig;

/** A signature stubgen cannot express; the message says why, for the agent's report. */
public final class SignatureException extends IllegalArgumentException {
    public SignatureException(String reason) {
        super(reason);
    }
}
