package dev.ffijit.agent.dump;

import dev.ffijit.agent.log.Log;
import dev.ffijit.stubgen.StubCompiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated classes and stubs to {@code ffijit.dump} for inspection: {@code javap}, {@code objdump}. */
public final class Dump {
    private final Path dir;

    public Dump(String dir) {
        this.dir = dir.isEmpty() ? null : Path.of(dir);
    }

    public boolean enabled() { return dir != null; }

    /** {@code a/b/C.class} for the class file of {@code a.b.C}. */
    public void classFile(String className, byte[] bytes) {
        write(className.replace('.', '/').replaceAll("[^A-Za-z0-9_$/.-]", "_") + ".class", bytes);
    }

    /**
     * {@code name.bin} holds the code as installed (instructions, then the literal pool); {@code name.txt} says
     * where the pool starts, the stub's plan, and the objdump command that disassembles it.
     */
    public void stub(String name, StubCompiler.CompiledStub stub, String platform) {
        String base = "stubs/" + name.replaceAll("[^A-Za-z0-9_$.-]", "_");
        write(base + ".bin", stub.code());
        boolean x64 = platform.contains("x86_64");
        String text = "signature: " + stub.spec().signature() + "\n"
                + String.format("target: 0x%x%n", stub.spec().target())
                + "instructions: " + stub.machineCode().instructions() + " bytes, literal pool after\n"
                + "plan:\n" + stub.program().listing() + "\n"
                + "disassemble: " + (x64 ? "objdump -D -b binary -m i386:x86-64 -M intel"
                : "aarch64-linux-gnu-objdump -D -b binary -m aarch64") + " --stop-address="
                + stub.machineCode().instructions() + " " + base.substring("stubs/".length()) + ".bin\n";
        write(base + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relative, byte[] bytes) {
        if (dir == null) return;
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException | RuntimeException e) {
            Log.warn("could not dump " + relative + " to " + dir, e);
        }
    }
}
