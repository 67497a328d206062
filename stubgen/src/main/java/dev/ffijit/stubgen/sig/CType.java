package dev.ffijit.stubgen.sig;

/** A C scalar type as the callee sees it. Integer values travel widened to 64 bits by their signedness. */
public enum CType {
    VOID(0, false, Kind.VOID),
    SINT8(1, true, Kind.INTEGER),
    UINT8(1, false, Kind.INTEGER),
    SINT16(2, true, Kind.INTEGER),
    UINT16(2, false, Kind.INTEGER),
    SINT32(4, true, Kind.INTEGER),
    UINT32(4, false, Kind.INTEGER),
    SINT64(8, true, Kind.INTEGER),
    UINT64(8, false, Kind.INTEGER),
    POINTER(8, false, Kind.INTEGER),
    FLOAT(4, true, Kind.FLOAT),
    DOUBLE(8, true, Kind.FLOAT);

    public enum Kind { VOID, INTEGER, FLOAT }

    private final int size;
    private final boolean signed;
    private final Kind kind;

    CType(int size, boolean signed, Kind kind) {
        this.size = size;
        this.signed = signed;
        this.kind = kind;
    }

    public int size() { return size; }
    public int bits() { return size * 8; }
    public boolean isSigned() { return signed; }
    public Kind kind() { return kind; }
    public boolean isInteger() { return kind == Kind.INTEGER; }
    public boolean isFloating() { return kind == Kind.FLOAT; }

    /** The type a value of this type becomes when passed through "..." (C default argument promotions). */
    public CType promoted() {
        switch (this) {
            case SINT8: case UINT8: case SINT16: case UINT16: return SINT32;
            case FLOAT: return DOUBLE;
            default: return this;
        }
    }
}
