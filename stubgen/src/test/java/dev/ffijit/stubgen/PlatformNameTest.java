package dev.ffijit.stubgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PlatformNameTest {
    @Test
    void namesTheSupportedPlatformsAndNoOther() {
        assertEquals(PlatformName.LINUX_X86_64, PlatformName.detect("Linux", "amd64"));
        assertEquals(PlatformName.LINUX_X86_64, PlatformName.detect("linux", "x86_64"));
        assertEquals(PlatformName.LINUX_AARCH64, PlatformName.detect("Linux", "aarch64"));
        assertEquals(PlatformName.MACOS_X86_64, PlatformName.detect("Mac OS X", "x86_64"));
        assertNull(PlatformName.detect("Mac OS X", "aarch64"));
        assertNull(PlatformName.detect("Windows 11", "amd64"));
        assertNull(PlatformName.detect("Linux", "riscv64"));
    }

    @Test
    void eachNameIsThePlatformOfThatName() {
        assertSame(Platform.LINUX_X86_64, Platform.detect("Linux", "amd64"));
        assertSame(Platform.LINUX_AARCH64, Platform.detect("Linux", "arm64"));
        assertSame(Platform.MACOS_X86_64, Platform.detect("Mac OS X", "amd64"));
        assertNull(Platform.detect("FreeBSD", "amd64"));
        assertEquals(PlatformName.current(), Platform.current().name());
    }
}
