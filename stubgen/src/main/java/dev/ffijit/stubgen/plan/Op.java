package dev.ffijit.stubgen.plan;

import dev.ffijit.stubgen.abi.Mem;
import dev.ffijit.stubgen.abi.Reg;
import dev.ffijit.stubgen.move.Move;

/**
 * The stub IR: a straight-line program each architecture's emitter translates one op at a time. Everything
 * that depends on the calling convention is already decided when an op list exists.
 */
public sealed interface Op {

    /** Build a frame: save the frame pointer (and link register), point the frame pointer at it, reserve bytes. */
    record Enter(int frameSize) implements Op {}

    /** Tear the frame down again. */
    record Leave() implements Op {}

    record Transfer(Move move) implements Op {}

    /** Store zero into {@code dst.size()} bytes. */
    record Zero(Mem dst) implements Op {}

    /** Tell a variadic callee how many vector registers carry arguments (System V x86_64 {@code al}). */
    record SetVectorCount(int count) implements Op {}

    record Call(Target target) implements Op {}

    /** Jump to the target with the caller's return address still in place: the target returns for us. */
    record TailJump(Target target) implements Op {}

    record Return() implements Op {}

    /** Put a non-negative 32-bit constant into an integer register. */
    record LoadConstant(Reg dst, int value) implements Op {
        public LoadConstant {
            if (value < 0) throw new IllegalArgumentException("negative constant " + value);
        }
    }

    /** A position in the program that branches name; emits nothing. */
    record Label(String name) implements Op {}

    /** Continue at {@code label} when the integer register {@code reg} holds 0. */
    record JumpIfZero(Reg reg, Label label) implements Op {}

    /** Continue at {@code label} when the integer registers {@code a} and {@code b} hold the same 64 bits. */
    record JumpIfEqual(Reg a, Reg b, Label label) implements Op {}

    record Jump(Label label) implements Op {}

    /** Put the calling thread's thread pointer itself into {@code dst} (the errno probe). */
    record ThreadPointer(Reg dst) implements Op {}

    /** A code address the stub reaches through its literal pool. */
    record Target(String name, long address) {}
}
