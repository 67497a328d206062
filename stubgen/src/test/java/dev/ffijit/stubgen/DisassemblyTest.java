package dev.ffijit.stubgen;

import dev.ffijit.stubgen.abi.Arch;
import dev.ffijit.stubgen.code.MachineCode;
import dev.ffijit.stubgen.plan.ErrnoCapture;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Disassembles generated stubs with binutils' objdump (Debian: binutils, binutils-aarch64-linux-gnu) and compares
 * them with the instructions intended for a handful of signatures, on both architectures, wherever this runs.
 */
class DisassemblyTest {
    private static final long TARGET = 0x1122334455667788L;
    private static final Param L = Param.natural(JType.LONG), I = Param.natural(JType.INT),
            D = Param.natural(JType.DOUBLE), F = Param.natural(JType.FLOAT);
    private static final ErrnoCapture CLEAR_AND_SAVE =
            new ErrnoCapture(ErrnoCapture.Style.ENV_AND_VALUE, 0x2222, 0x3333, true);
    private static final ErrnoCapture SAVE = CLEAR_AND_SAVE.withClearBefore(false);

    static Stream<Arguments> stubs() {
        return Stream.of(
                Arguments.of("labs(long)", StubSpec.of(Signature.of(L, L), TARGET),
                        List.of("mov rdi,rdx", "mov eax,0x0", "jmp QWORD PTR [rip+0x2]"),
                        List.of("mov x0, x2", "ldr x16, 0x10", "br x16")),
                Arguments.of("cos(double)", StubSpec.of(Signature.of(D, D), TARGET),
                        List.of("mov eax,0x1", "jmp QWORD PTR [rip+0x5]"),
                        List.of("ldr x16, 0x8", "br x16")),
                Arguments.of("8 longs: 2 on the stack", StubSpec.of(Signature.of(L, Collections.nCopies(8, L)), TARGET),
                        List.of("push rbp", "mov rbp,rsp", "sub rsp,0x10",
                                "mov rdi,rdx", "mov rsi,rcx", "mov rdx,r8", "mov rcx,r9",
                                "mov r8,QWORD PTR [rbp+0x10]", "mov r9,QWORD PTR [rbp+0x18]",
                                "mov r11,QWORD PTR [rbp+0x20]", "mov QWORD PTR [rsp],r11",
                                "mov r11,QWORD PTR [rbp+0x28]", "mov QWORD PTR [rsp+0x8],r11",
                                "mov eax,0x0", "call QWORD PTR [rip+0x8]", "leave", "ret"),
                        List.of("mov x0, x2", "mov x1, x3", "mov x2, x4", "mov x3, x5", "mov x4, x6", "mov x5, x7",
                                "ldr x6, [sp]", "ldr x7, [sp, #8]", "ldr x16, 0x28", "br x16")),
                Arguments.of("int8 (uint8 from byte, int16 from char) into int",
                        StubSpec.of(Signature.of(Param.of(JType.INT, CType.SINT8), Param.of(JType.BYTE, CType.UINT8),
                                Param.of(JType.CHAR, CType.SINT16)), TARGET),
                        List.of("push rbp", "mov rbp,rsp", "movzx rdi,dl", "movsx rsi,cx", "mov eax,0x0",
                                "call QWORD PTR [rip+0x9]", "movsx rax,al", "leave", "ret"),
                        List.of("stp x29, x30, [sp, #-16]!", "mov x29, sp", "uxtb w0, w2", "sxth x1, w3",
                                "ldr x16, 0x28", "blr x16", "sxtb x0, w0", "mov sp, x29", "ldp x29, x30, [sp], #16", "ret")),
                Arguments.of("10 floats: the 9th and 10th on the stack", StubSpec.of(Signature.of(F, Collections.nCopies(10, F)), TARGET),
                        List.of("push rbp", "mov rbp,rsp", "sub rsp,0x10",
                                // stack to stack through the integer scratch register, raw 4 bytes
                                "mov r11d,DWORD PTR [rbp+0x10]", "mov DWORD PTR [rsp],r11d",
                                "mov r11d,DWORD PTR [rbp+0x18]", "mov DWORD PTR [rsp+0x8],r11d",
                                "mov eax,0x8", "call QWORD PTR [rip+0x4]", "leave", "ret"),
                        List.of("stp x29, x30, [sp, #-16]!", "mov x29, sp", "sub sp, sp, #0x10",
                                "ldr w10, [x29, #16]", "str w10, [sp]", "ldr w10, [x29, #24]", "str w10, [sp, #8]",
                                "ldr x16, 0x30", "blr x16", "mov sp, x29", "ldp x29, x30, [sp], #16", "ret")),
                Arguments.of("int(int), errno cleared before and saved to JNA after",
                        new StubSpec(Signature.of(I, I), TARGET, CLEAR_AND_SAVE),
                        List.of("push rbp", "mov rbp,rsp", "sub rsp,0x20",
                                "mov QWORD PTR [rsp],rdi", "mov QWORD PTR [rsp+0x10],rdx",
                                "call QWORD PTR [rip+0x39]", "mov DWORD PTR [rax],0x0",
                                "movsxd rdi,DWORD PTR [rsp+0x10]", "mov eax,0x0", "call QWORD PTR [rip+0x2b]",
                                "mov QWORD PTR [rsp+0x8],rax", "call QWORD PTR [rip+0x18]",
                                "movsxd rsi,DWORD PTR [rax]", "mov rdi,QWORD PTR [rsp]", "call QWORD PTR [rip+0x1b]",
                                "mov rax,QWORD PTR [rsp+0x8]", "leave", "ret"),
                        List.of("stp x29, x30, [sp, #-16]!", "mov x29, sp", "sub sp, sp, #0x20",
                                "str x0, [sp]", "str x2, [sp, #16]", "ldr x16, 0x58", "blr x16", "str wzr, [x0]",
                                "ldrsw x0, [sp, #16]", "ldr x16, 0x60", "blr x16", "str x0, [sp, #8]",
                                "ldr x16, 0x58", "blr x16", "ldrsw x1, [x0]", "ldr x0, [sp]", "ldr x16, 0x68",
                                "blr x16", "ldr x0, [sp, #8]", "mov sp, x29", "ldp x29, x30, [sp], #16", "ret")),
                Arguments.of("int(int), errno at a thread-pointer offset, cleared and saved",
                        new StubSpec(Signature.of(I, I), TARGET, CLEAR_AND_SAVE.withThreadOffset(0x18)),
                        // no spills: clearing errno in place clobbers no argument register
                        List.of("push rbp", "mov rbp,rsp", "sub rsp,0x10", "mov QWORD PTR [rsp],rdi",
                                "mov DWORD PTR fs:0x18,0x0", "movsxd rdi,edx", "mov eax,0x0",
                                "call QWORD PTR [rip+0x22]", "mov QWORD PTR [rsp+0x8],rax",
                                "movsxd rsi,DWORD PTR fs:0x18", "mov rdi,QWORD PTR [rsp]", "call QWORD PTR [rip+0x12]",
                                "mov rax,QWORD PTR [rsp+0x8]", "leave", "ret"),
                        List.of("stp x29, x30, [sp, #-16]!", "mov x29, sp", "sub sp, sp, #0x10", "str x0, [sp]",
                                "mrs x17, tpidr_el0", "str wzr, [x17, #24]", "sxtw x0, w2", "ldr x16, 0x50", "blr x16",
                                "str x0, [sp, #8]", "mrs x17, tpidr_el0", "ldrsw x1, [x17, #24]", "ldr x0, [sp]",
                                "ldr x16, 0x58", "blr x16", "ldr x0, [sp, #8]", "mov sp, x29", "ldp x29, x30, [sp], #16",
                                "ret")),
                Arguments.of("long(long), errno at a thread-pointer offset beyond an immediate",
                        new StubSpec(Signature.of(L, L), TARGET, SAVE.withThreadOffset(0x12344)),
                        List.of("push rbp", "mov rbp,rsp", "sub rsp,0x10", "mov QWORD PTR [rsp],rdi", "mov rdi,rdx",
                                "mov eax,0x0", "call QWORD PTR [rip+0x26]", "mov QWORD PTR [rsp+0x8],rax",
                                "movsxd rsi,DWORD PTR fs:0x12344", "mov rdi,QWORD PTR [rsp]", "call QWORD PTR [rip+0x16]",
                                "mov rax,QWORD PTR [rsp+0x8]", "leave", "ret"),
                        List.of("stp x29, x30, [sp, #-16]!", "mov x29, sp", "sub sp, sp, #0x10", "str x0, [sp]",
                                "mov x0, x2", "ldr x16, 0x50", "blr x16", "str x0, [sp, #8]", "mrs x17, tpidr_el0",
                                "mov x16, #0x2344", "movk x16, #0x1, lsl #16", "add x17, x17, x16", "ldrsw x1, [x17]",
                                "ldr x0, [sp]", "ldr x16, 0x58", "blr x16", "ldr x0, [sp, #8]", "mov sp, x29",
                                "ldp x29, x30, [sp], #16", "ret")),
                Arguments.of("double(double), errno stored into the host's cell, or saved when the thread has none",
                        new StubSpec(Signature.of(D, D), TARGET, SAVE.withThreadOffset(0x18)
                                .withSlot(new ErrnoCapture.HostSlot(0x4444, 5, 8))),
                        List.of("push rbp", "mov rbp,rsp", "sub rsp,0x20", "mov QWORD PTR [rsp],rdi", "mov eax,0x1",
                                "call QWORD PTR [rip+0x51]", "movsd QWORD PTR [rsp+0x8],xmm0",
                                "movsxd r10,DWORD PTR fs:0x18", "mov QWORD PTR [rsp+0x10],r10", "mov edi,0x5",
                                "call QWORD PTR [rip+0x3a]", "test rax,rax", "je 0x4d",
                                "mov r10,QWORD PTR [rsp+0x10]", "mov DWORD PTR [rax+0x8],r10d", "jmp 0x5c",
                                "mov rsi,QWORD PTR [rsp+0x10]", "mov rdi,QWORD PTR [rsp]", "call QWORD PTR [rip+0x1c]",
                                "movsd xmm0,QWORD PTR [rsp+0x8]", "leave", "ret"),
                        List.of("stp x29, x30, [sp, #-16]!", "mov x29, sp", "sub sp, sp, #0x20", "str x0, [sp]",
                                "ldr x16, 0x68", "blr x16", "str d0, [sp, #8]", "mrs x17, tpidr_el0",
                                "ldrsw x9, [x17, #24]", "str x9, [sp, #16]", "mov x0, #0x5", "ldr x16, 0x70", "blr x16",
                                "cbz x0, 0x44", "ldr x9, [sp, #16]", "str w9, [x0, #8]", "b 0x54",
                                "ldr x1, [sp, #16]", "ldr x0, [sp]", "ldr x16, 0x78", "blr x16", "ldr d0, [sp, #8]",
                                "mov sp, x29", "ldp x29, x30, [sp], #16", "ret")),
                Arguments.of("long(long), the host's cell found from the thread pointer: no call after the target, and no"
                                + " store when it holds errno already",
                        new StubSpec(Signature.of(L, L), TARGET, SAVE.withThreadOffset(0x18)
                                .withSlot(new ErrnoCapture.HostSlot(0x4444, 5, 8).withThreadSlot(-0x6f0))),
                        List.of("push rbp", "mov rbp,rsp", "sub rsp,0x10", "mov QWORD PTR [rsp],rdi", "mov rdi,rdx",
                                "mov eax,0x0", "call QWORD PTR [rip+0x5e]", "mov r10,QWORD PTR fs:0xfffffffffffff910",
                                "test r10,r10", "je 0x54", "movsxd r11,DWORD PTR fs:0x18",
                                "movsxd r10,DWORD PTR [r10+0x8]", "cmp r11,r10", "je 0x71",
                                "mov r10,QWORD PTR fs:0xfffffffffffff910", "mov DWORD PTR [r10+0x8],r11d", "jmp 0x71",
                                "mov QWORD PTR [rsp+0x8],rax", "movsxd rsi,DWORD PTR fs:0x18", "mov rdi,QWORD PTR [rsp]",
                                "call QWORD PTR [rip+0x14]", "mov rax,QWORD PTR [rsp+0x8]", "leave", "ret"),
                        List.of("stp x29, x30, [sp, #-16]!", "mov x29, sp", "sub sp, sp, #0x10", "str x0, [sp]",
                                "mov x0, x2", "ldr x16, 0x80", "blr x16", "mrs x17, tpidr_el0", "sub x17, x17, #0x6f0",
                                "ldr x9, [x17]", "cbz x9, 0x54", "mrs x17, tpidr_el0", "ldrsw x10, [x17, #24]",
                                "ldrsw x9, [x9, #8]", "cmp x10, x9", "b.eq 0x70", "mrs x17, tpidr_el0",
                                "sub x17, x17, #0x6f0", "ldr x9, [x17]", "str w10, [x9, #8]", "b 0x70",
                                "str x0, [sp, #8]", "mrs x17, tpidr_el0", "ldrsw x1, [x17, #24]", "ldr x0, [sp]",
                                "ldr x16, 0x88", "blr x16", "ldr x0, [sp, #8]", "mov sp, x29", "ldp x29, x30, [sp], #16",
                                "ret")),
                Arguments.of("void(void), the host's cell further below the thread pointer than an immediate reaches",
                        new StubSpec(Signature.of(Param.natural(JType.VOID)), TARGET, SAVE.withThreadOffset(0x18)
                                .withSlot(new ErrnoCapture.HostSlot(0x4444, 5, 8).withThreadSlot(-0x12340))),
                        List.of("push rbp", "mov rbp,rsp", "sub rsp,0x10", "mov QWORD PTR [rsp],rdi", "mov eax,0x0",
                                "call QWORD PTR [rip+0x51]", "mov r10,QWORD PTR fs:0xfffffffffffedcc0", "test r10,r10",
                                "je 0x51", "movsxd r11,DWORD PTR fs:0x18", "movsxd r10,DWORD PTR [r10+0x8]",
                                "cmp r11,r10", "je 0x64", "mov r10,QWORD PTR fs:0xfffffffffffedcc0",
                                "mov DWORD PTR [r10+0x8],r11d", "jmp 0x64", "movsxd rsi,DWORD PTR fs:0x18",
                                "mov rdi,QWORD PTR [rsp]", "call QWORD PTR [rip+0xc]", "leave", "ret"),
                        List.of("stp x29, x30, [sp, #-16]!", "mov x29, sp", "sub sp, sp, #0x10", "str x0, [sp]",
                                "ldr x16, 0x80", "blr x16", "mrs x17, tpidr_el0", "mov x16, #0x2340",
                                "movk x16, #0x1, lsl #16", "sub x17, x17, x16", "ldr x9, [x17]", "cbz x9, 0x60",
                                "mrs x17, tpidr_el0", "ldrsw x10, [x17, #24]", "ldrsw x9, [x9, #8]", "cmp x10, x9",
                                "b.eq 0x74", "mrs x17, tpidr_el0", "mov x16, #0x2340", "movk x16, #0x1, lsl #16",
                                "sub x17, x17, x16", "ldr x9, [x17]", "str w10, [x9, #8]", "b 0x74",
                                "mrs x17, tpidr_el0", "ldrsw x1, [x17, #24]", "ldr x0, [sp]", "ldr x16, 0x88",
                                "blr x16", "mov sp, x29", "ldp x29, x30, [sp], #16", "ret")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stubs")
    void disassemblesAsIntended(String name, StubSpec spec, List<String> x64, List<String> a64, @TempDir Path dir)
            throws Exception {
        assertEquals(x64, disassemble(Platform.LINUX_X86_64, spec, dir,
                "objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel"), "x86_64");
        assertEquals(a64, disassemble(Platform.LINUX_AARCH64, spec, dir,
                "aarch64-linux-gnu-objdump", "-D", "-b", "binary", "-m", "aarch64"), "aarch64");
    }

    @org.junit.jupiter.api.Test
    void instructionCacheFlushRoutine(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("flush.bin");
        Files.write(bin, dev.ffijit.stubgen.code.InstructionCacheFlusherAccess.code());
        assertEquals(List.of("mrs x3, ctr_el0", "mov x5, #0x4",
                        "ubfx x4, x3, #16, #4", "lsl x4, x5, x4", "sub x6, x4, #0x1", "bic x7, x0, x6",
                        "dc cvau, x7", "add x7, x7, x4", "cmp x7, x1", "b.cc 0x18", "dsb ish",
                        "ubfx x4, x3, #0, #4", "lsl x4, x5, x4", "sub x6, x4, #0x1", "bic x7, x0, x6",
                        "ic ivau, x7", "add x7, x7, x4", "cmp x7, x1", "b.cc 0x3c", "dsb ish", "isb", "ret"),
                objdump(bin, Arch.AARCH64, "aarch64-linux-gnu-objdump", "-D", "-b", "binary", "-m", "aarch64"));
    }

    /** The instructions (literal pool excluded) as objdump prints them, one "mnemonic operands" string each. */
    static List<String> disassemble(Platform platform, StubSpec spec, Path dir, String... objdump)
            throws IOException, InterruptedException {
        MachineCode code = new StubCompiler(platform).compile(spec).machineCode();
        Path bin = dir.resolve(platform.name() + ".bin");
        Files.write(bin, Arrays.copyOf(code.bytes(), code.instructions()));
        return objdump(bin, platform.abi().arch(), objdump);
    }

    static List<String> objdump(Path bin, Arch arch, String... objdump) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(objdump));
        cmd.add(bin.toString());
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(objdump[0] + " is needed (Debian: binutils, binutils-aarch64-linux-gnu)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        List<String> insns = new ArrayList<>();
        for (String line : out.split("\n")) {
            // "   4:\t48 8b fa             \tmov    rdi,rdx" -> "mov rdi,rdx"
            String[] cols = line.split("\t");
            if (cols.length < 3 || !cols[0].trim().matches("[0-9a-f]+:")) continue;
            String text = String.join(" ", Arrays.asList(cols).subList(2, cols.length));
            text = text.replaceAll(arch == Arch.X86_64 ? "\\s*#.*$" : "\\s*//.*$", "");
            insns.add(text.trim().replaceAll("\\s+", " "));
        }
        return insns;
    }
}
