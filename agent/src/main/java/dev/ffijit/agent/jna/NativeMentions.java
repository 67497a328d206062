package dev.ffijit.agent.jna;

import java.nio.charset.StandardCharsets;

/**
 * The test every application class passes through while it loads, before anything is parsed: does its class file name
 * {@code com/sun/jna/Native} anywhere (a call to {@code Native.register}, a JNA type)? Kept apart from
 * {@link DirectClassRewriter} so that an application that never uses JNA loads neither that class nor ASM.
 */
final class NativeMentions {
    private static final byte[] NATIVE_NAME = "com/sun/jna/Native".getBytes(StandardCharsets.US_ASCII);

    private NativeMentions() {}

    static boolean in(byte[] classFile) {
        byte first = NATIVE_NAME[0];
        outer:
        for (int i = 0, n = classFile.length - NATIVE_NAME.length; i <= n; i++) {
            if (classFile[i] != first) continue;
            for (int j = 1; j < NATIVE_NAME.length; j++) {
                if (classFile[i + j] != NATIVE_NAME[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
