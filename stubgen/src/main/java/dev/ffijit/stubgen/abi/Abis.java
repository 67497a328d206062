package dev.ffijit.stubgen.abi;

import java.util.List;

/** The calling conventions stubgen knows, one table each. */
public final class Abis {
    private Abis() {}

    private static final Reg RAX = Reg.gp(0, "rax"), RCX = Reg.gp(1, "rcx"), RDX = Reg.gp(2, "rdx"),
            RSI = Reg.gp(6, "rsi"), RDI = Reg.gp(7, "rdi"), R8 = Reg.gp(8, "r8"), R9 = Reg.gp(9, "r9"),
            R10 = Reg.gp(10, "r10"), R11 = Reg.gp(11, "r11");

    private static Reg xmm(int n) { return Reg.fp(n, "xmm" + n); }
    private static Reg x(int n) { return Reg.gp(n, "x" + n); }
    private static Reg v(int n) { return Reg.fp(n, "v" + n); }

    /** System V AMD64 (Linux, macOS, the BSDs). */
    public static final Abi SYSV_X86_64 = new Abi("x86_64 System V", Arch.X86_64,
            List.of(RDI, RSI, RDX, RCX, R8, R9),
            List.of(xmm(0), xmm(1), xmm(2), xmm(3), xmm(4), xmm(5), xmm(6), xmm(7)),
            RAX, xmm(0), 8, 16, 0,
            false, false, false, false, true,
            List.of(R10, R11), xmm(15));

    /** Windows x64: four positional registers, 32 bytes of shadow space, xmm6-15 callee-saved. */
    public static final Abi WIN64 = new Abi("x86_64 Windows", Arch.X86_64,
            List.of(RCX, RDX, R8, R9),
            List.of(xmm(0), xmm(1), xmm(2), xmm(3)),
            RAX, xmm(0), 8, 16, 32,
            true, false, false, true, false,
            List.of(R10, R11), xmm(5));

    /** AAPCS64 as Linux uses it: 8-byte stack slots, variadic arguments like named ones. */
    public static final Abi AAPCS64_LINUX = new Abi("AArch64 AAPCS64", Arch.AARCH64,
            List.of(x(0), x(1), x(2), x(3), x(4), x(5), x(6), x(7)),
            List.of(v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7)),
            x(0), v(0), 8, 16, 0,
            false, false, false, false, false,
            List.of(x(9), x(10)), v(16));

    /** Apple arm64: AAPCS64 with stack arguments packed by natural size and every variadic argument on the stack. */
    public static final Abi APPLE_ARM64 = new Abi("AArch64 Apple", Arch.AARCH64,
            AAPCS64_LINUX.intArgs(), AAPCS64_LINUX.floatArgs(),
            x(0), v(0), 8, 16, 0,
            false, true, true, false, false,
            List.of(x(9), x(10)), v(16));
}
