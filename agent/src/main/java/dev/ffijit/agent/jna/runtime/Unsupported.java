package dev.ffijit.agent.jna.runtime;

/** Something ffijit does not reproduce exactly; the message is the reason the report gives. */
final class Unsupported extends Exception {
    Unsupported(String reason) {
        super(reason, null, false, false);
    }
}
