package dev.ffijit.stubgen.code;

/** Test access to the package-private flush routine. */
public final class InstructionCacheFlusherAccess {
    private InstructionCacheFlusherAccess() {}

    public static byte[] code() {
        return InstructionCacheFlusher.code();
    }
}
