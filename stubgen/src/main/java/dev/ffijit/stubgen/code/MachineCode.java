package dev.ffijit.stubgen.code;

/** Emitted stub bytes: {@code instructions} bytes of code, then the literal pool up to the end. */
public record MachineCode(byte[] bytes, int instructions) {}
