package dev.ffijit.stubgen.abi;

/** Facts about an instruction set that the frame layout depends on. */
public enum Arch {
    /** {@code call} pushes the return address; a frame starts with {@code push rbp}. */
    X86_64(8, 8),
    /** The return address stays in x30; a frame starts with {@code stp x29, x30}. */
    AARCH64(0, 16);

    private final int returnAddressOnStack;
    private final int frameRecordSize;

    Arch(int returnAddressOnStack, int frameRecordSize) {
        this.returnAddressOnStack = returnAddressOnStack;
        this.frameRecordSize = frameRecordSize;
    }

    /** Bytes between the stack pointer at entry and the first incoming stack argument. */
    public int returnAddressOnStack() { return returnAddressOnStack; }

    /** Bytes the frame-pointer record takes below the incoming stack pointer. */
    public int frameRecordSize() { return frameRecordSize; }

    /** Offset from the frame pointer to the first incoming stack argument, once a frame is built. */
    public int incomingArgsFromFp() { return frameRecordSize + returnAddressOnStack; }
}
