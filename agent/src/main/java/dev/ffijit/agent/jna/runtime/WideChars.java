package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Native;

/** sizeof(wchar_t) as JNA measured it: 4 on Linux and macOS, 2 on Windows. Java chars travel as wchar_t. */
final class WideChars {
    static final int SIZE = Native.WCHAR_SIZE;

    private WideChars() {}
}
