package dev.ffijit.stubgen;

import dev.ffijit.stubgen.a64.A64Emitter;
import dev.ffijit.stubgen.abi.Abi;
import dev.ffijit.stubgen.abi.Abis;
import dev.ffijit.stubgen.abi.Arch;
import dev.ffijit.stubgen.code.Emitter;
import dev.ffijit.stubgen.code.ProgramEmitter;
import dev.ffijit.stubgen.x64.X64Emitter;

import java.util.Locale;

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

    public static final Platform LINUX_X86_64 = new Platform("linux-x86_64", Abis.SYSV_X86_64, Os.LINUX);
    public static final Platform LINUX_AARCH64 = new Platform("linux-aarch64", Abis.AAPCS64_LINUX, Os.LINUX);
    /** Same convention as Linux; built and planned, not run here. */
    public static final Platform MACOS_X86_64 = new Platform("macos-x86_64", Abis.SYSV_X86_64, Os.MACOS);

    public Emitter emitter() {
        return new ProgramEmitter(abi.arch() == Arch.X86_64 ? X64Emitter::new : A64Emitter::new);
    }

    /** The platform this JVM runs on. */
    public static Platform current() {
        Platform p = detect(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (p == null) {
            throw new UnsupportedOperationException("no trampolines for " + System.getProperty("os.name") + " on "
                    + System.getProperty("os.arch") + " (supported: Linux x86_64, Linux aarch64, macOS x86_64)");
        }
        return p;
    }

    static Platform detect(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean a64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux")) return x64 ? LINUX_X86_64 : a64 ? LINUX_AARCH64 : null;
        if (os.startsWith("mac")) return x64 ? MACOS_X86_64 : null;
        return null;
    }
}
