package dev.ffijit.stubgen.code;

/** A mapping of executable pages: {@code size} bytes at {@code address}. */
public record CodeBlock(long address, long size) {
    @Override
    public String toString() {
        return String.format("code[0x%x, %d bytes]", address, size);
    }
}
