package dev.ffijit.stubgen;

import java.util.Locale;

/**
 * Which platform this JVM runs on, by name only: the agent asks at start-up, where building the calling convention
 * tables ({@link Platform}) would cost every application time it may never need them for.
 */
public final class PlatformName {
    public static final String LINUX_X86_64 = "linux-x86_64";
    public static final String LINUX_AARCH64 = "linux-aarch64";
    public static final String MACOS_X86_64 = "macos-x86_64";

    private PlatformName() {}

    /** This JVM's platform, or null when stubgen has no trampolines for it. */
    public static String current() {
        return detect(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** Why {@link #current()} is null. */
    public static String unsupported() {
        return "no trampolines for " + System.getProperty("os.name") + " on " + System.getProperty("os.arch")
                + " (supported: Linux x86_64, Linux aarch64, macOS x86_64)";
    }

    static String detect(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean a64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux")) return x64 ? LINUX_X86_64 : a64 ? LINUX_AARCH64 : null;
        if (os.startsWith("mac")) return x64 ? MACOS_X86_64 : null;
        return null;
    }
}
