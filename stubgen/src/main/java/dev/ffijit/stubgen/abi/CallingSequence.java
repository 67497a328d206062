package dev.ffijit.stubgen.abi;

import java.util.List;

/**
 * Where each argument of one call goes and where its result comes back.
 *
 * @param args          per argument, its locations: usually one; two where a convention passes a value twice
 *                      (Windows x64 variadic floating point). Stack locations are {@link Mem.Base#SP}-relative
 *                      to the start of the argument area at the moment of the call.
 * @param result        the result register, or null for void
 * @param stackBytes    bytes of argument area the caller reserves, shadow space included
 * @param stackArgBytes bytes of that area that hold arguments (beyond the shadow space)
 * @param floatRegsUsed number of floating-point argument registers used
 */
public record CallingSequence(List<List<Loc>> args, Reg result, int stackBytes, int stackArgBytes, int floatRegsUsed) {
    public CallingSequence {
        args = List.copyOf(args);
    }
}
