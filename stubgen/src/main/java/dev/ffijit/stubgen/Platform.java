package dev.ffijit.stubgen;

import dev.ffijit.stubgen.a64.A64Emitter;
import dev.ffijit.stubgen.abi.Abi;
import dev.ffijit.stubgen.abi.Abis;
import dev.ffijit.stubgen.abi.Arch;
import dev.ffijit.stubgen.code.Emitter;
import dev.ffijit.stubgen.code.ProgramEmitter;
import dev.ffijit.stubgen.x64.X64Emitter;

import java.util.List;

/** The calling convention and operating-system facts of one platform. */
public record Platform(String name, Abi abi, Os os) {

    /** Operating-system facts stubs and executable memory depend on. */
    public enum Os {
        LINUX("__errno_location", 0x20),
        MACOS("__error", 0x1000);

        public static final int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, MAP_PRIVATE = 2;

        private final String errnoLocation;
        private final int mapAnonymous;

        Os(String errnoLocation, int mapAnonymous) {
            this.errnoLocation = errnoLocation;
            this.mapAnonymous = mapAnonymous;
        }

        /** The C library's {@code int *f(void)} that gives the calling thread's errno. */
        public String errnoLocationSymbol() { return errnoLocation; }
        public int mapAnonymous() { return mapAnonymous; }
    }

    public static final Platform LINUX_X86_64 = new Platform(PlatformName.LINUX_X86_64, Abis.SYSV_X86_64, Os.LINUX);
    public static final Platform LINUX_AARCH64 = new Platform(PlatformName.LINUX_AARCH64, Abis.AAPCS64_LINUX, Os.LINUX);
    /** Same convention as Linux; built and planned, not run here. */
    public static final Platform MACOS_X86_64 = new Platform(PlatformName.MACOS_X86_64, Abis.SYSV_X86_64, Os.MACOS);

    public Emitter emitter() {
        return new ProgramEmitter(abi.arch() == Arch.X86_64 ? X64Emitter::new : A64Emitter::new);
    }

    /** The platform this JVM runs on. */
    public static Platform current() {
        Platform p = named(PlatformName.current());
        if (p == null) throw new UnsupportedOperationException(PlatformName.unsupported());
        return p;
    }

    static Platform detect(String osName, String osArch) {
        return named(PlatformName.detect(osName, osArch));
    }

    private static Platform named(String name) {
        if (name == null) return null;
        for (Platform p : List.of(LINUX_X86_64, LINUX_AARCH64, MACOS_X86_64)) {
            if (p.name().equals(name)) return p;
        }
        return null;
    }
}
