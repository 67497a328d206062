package dev.ffijit.stubgen.abi;

/** Where a value is: a register or a memory slot (JDK's VMStorage, reduced to what stubs need). */
public sealed interface Loc permits Reg, Mem {
    /** Whether writing {@code other} may change what this location holds. */
    default boolean overlaps(Loc other) {
        return equals(other);
    }
}
