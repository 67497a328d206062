package dev.ffijit.stubgen.code;

import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.move.Ext;

/**
 * What one architecture contributes to emitting a stub: the instruction for each primitive. A fresh instance
 * per stub holds the code buffer; {@link ProgramEmitter} decides which primitive each op needs.
 */
public interface InstructionSet {
    CodeBuffer code();

    /** Filler between the code and the literal pool: a trapping instruction byte. */
    int padding();

    void enter(int frameSize);
    void leave();
    void ret();
    void setVectorCount(int count);

    /** Calls, or jumps to, the address stored in the literal pool; registers the reference with the pool. */
    void call(LiteralPool pool, long address);
    void tailJump(LiteralPool pool, long address);

    /** A non-negative 32-bit constant into an integer register. */
    void loadConstant(Reg dst, int value);

    /**
     * A branch to a position not known yet: emits it with a placeholder and returns a handle for
     * {@link #patchBranch}. {@code reg} null: unconditional; else taken when the register is 0.
     */
    int branch(Reg zeroTested);

    /** Like {@link #branch}, taken when the integer registers {@code a} and {@code b} hold the same 64 bits. */
    int branchIfEqual(Reg a, Reg b);

    /** Points the branch at {@code handle} to code offset {@code target}. */
    void patchBranch(int handle, int target);

    /** The thread pointer into an integer register ({@link Mem.Base#THREAD} operands are relative to it). */
    void loadThreadPointer(Reg dst);

    /** Stores {@code dst.size()} zero bytes. */
    void zero(Mem dst);

    /** Integer register to integer register, widened by {@code ext}. */
    void moveInt(Reg dst, Reg src, Ext ext);
    /** All 64 bits between floating-point registers. */
    void moveFloat(Reg dst, Reg src);
    /** The raw 64 bits between register classes. */
    void moveIntFromFloat(Reg dst, Reg src);
    void moveFloatFromInt(Reg dst, Reg src);

    /** Loads {@code width} bytes, sign- or zero-extended to 64 bits. */
    void loadInt(Reg dst, Mem src, int width, boolean signed);
    void loadFloat(Reg dst, Mem src);
    void storeInt(Mem dst, Reg src);
    void storeFloat(Mem dst, Reg src);
}
