package dev.ffijit.stubgen;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import dev.ffijit.stubgen.bind.NativeHolders;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.code.CodeBlock;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;
import dev.ffijit.stubgen.testing.JnaTestAccess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** W^X and lifetime of installed code, read from the kernel's own view: /proc/self/maps. */
class ExecutableMemoryTest {
    private static final StubLinker LINKER = new StubLinker(JnaTestAccess.INSTANCE, Platform.current());

    @Test
    void installedCodeIsReadAndExecuteNeverWritable() throws Throwable {
        MethodHandles.Lookup holder = NativeHolders.define(List.of(new NativeHolders.Declaration("labs", "(J)J")));
        StubLinker.Linked linked = LINKER.link(holder.lookupClass(), List.of(labs()));
        assertEquals(5L, (long) holder.findStatic(holder.lookupClass(), "labs", MethodType.methodType(long.class, long.class)).invokeExact(-5L));
        assertEquals(Optional.of("r-xp"), permissions(linked.block()));
    }

    @Test
    void codeIsUnmappedWhenItsHolderClassIsUnloaded() throws Throwable {
        CodeBlock block = linkAndForget();
        long deadline = System.currentTimeMillis() + 30_000;
        // Another mapping may later reuse the address, so "gone" means: no longer executable there.
        while (executable(block) && System.currentTimeMillis() < deadline) {
            System.gc();
            // Give the Cleaner thread time to run after the hidden holder class is collected.
            Thread.sleep(50);
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) pressure[i] = new byte[1 << 16];
        }
        assertFalse(executable(block), "still mapped: " + block + " " + permissions(block));
    }

    /** Binds a stub on a hidden class and lets go of everything but the block's address. */
    private static CodeBlock linkAndForget() throws Throwable {
        MethodHandles.Lookup holder = NativeHolders.define(List.of(new NativeHolders.Declaration("labs", "(J)J")));
        StubLinker.Linked linked = LINKER.link(holder.lookupClass(), List.of(labs()));
        assertEquals(7L, (long) holder.findStatic(holder.lookupClass(), "labs", MethodType.methodType(long.class, long.class)).invokeExact(-7L));
        assertTrue(permissions(linked.block()).isPresent());
        return linked.block();
    }

    private static StubLinker.Binding labs() {
        long labs = Pointer.nativeValue(NativeLibrary.getInstance("c").getFunction("labs"));
        return new StubLinker.Binding("labs", StubSpec.of(Signature.of(Param.natural(JType.LONG), Param.natural(JType.LONG)), labs));
    }

    private static boolean executable(CodeBlock block) throws IOException {
        return permissions(block).filter(p -> p.contains("x")).isPresent();
    }

    /** The permissions of the mapping that starts at the block, if it is mapped. */
    static Optional<String> permissions(CodeBlock block) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] f = line.split("\\s+");
            String[] range = f[0].split("-");
            long start = Long.parseUnsignedLong(range[0], 16), end = Long.parseUnsignedLong(range[1], 16);
            if (start <= block.address() && block.address() < end) return Optional.of(f[1]);
        }
        return Optional.empty();
    }
}
