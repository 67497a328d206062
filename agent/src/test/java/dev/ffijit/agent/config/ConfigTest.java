package dev.ffijit.agent.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {
    @Test
    void systemPropertyBeatsEnvironmentBeatsAgentArgument() {
        Config c = Config.load("log=debug,report=args.txt,dump=d", Map.of("FFIJIT_LOG", "info", "FFIJIT_REPORT", "env.txt"),
                Map.of("ffijit.log", "off"));
        assertEquals(LogLevel.OFF, c.get(Config.LOG));
        assertEquals("env.txt", c.get(Config.REPORT));
        assertEquals("d", c.get(Config.DUMP));
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void defaults() {
        Config c = Config.defaults();
        assertTrue(c.get(Config.ENABLED));
        assertTrue(c.get(Config.JNA_ENABLED));
        assertTrue(c.get(Config.JNA_DIRECT_ENABLED));
        assertTrue(c.get(Config.JNR_ENABLED));
        assertFalse(c.get(Config.JNR_REPLACE_STUBS));
        assertEquals(LogLevel.WARN, c.get(Config.LOG));
        assertEquals("", c.get(Config.REPORT));
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        Config c = Config.load(null, Map.of("FFIJIT_JNA_DIRECT_ENABLED", "false", "FFIJIT_JNR_REPLACESTUBS", "TRUE"), Map.of());
        assertFalse(c.get(Config.JNA_DIRECT_ENABLED));
        assertTrue(c.get(Config.JNR_REPLACE_STUBS));
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void agentArgumentsMayCarryThePrefix() {
        Config c = Config.load("ffijit.enabled=false", Map.of(), Map.of());
        assertFalse(c.get(Config.ENABLED));
    }

    @Test
    void badValueWarnsOnceNamingTheChoicesAndKeepsTheDefault() {
        Config c = Config.load(null, Map.of(), Map.of("ffijit.log", "loud", "ffijit.enabled", "yes"));
        assertEquals(LogLevel.WARN, c.get(Config.LOG));
        assertTrue(c.get(Config.ENABLED));
        assertEquals(2, c.warnings().size());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("'loud'") && w.contains("off, warn, info, debug")), c.warnings().toString());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("'yes'") && w.contains("true, false")), c.warnings().toString());
    }

    @Test
    void unknownKeysWarnFromEverySource() {
        Config c = Config.load("colour=red,novalue", Map.of("FFIJIT_SPEED", "max", "PATH", "/bin"),
                Map.of("ffijit.speed", "max", "java.home", "/x"));
        assertEquals(4, c.warnings().size(), c.warnings().toString());
        assertTrue(c.warnings().stream().filter(w -> w.startsWith("unknown"))
                .allMatch(w -> w.contains("valid keys: ffijit.enabled, ffijit.jna.enabled")), c.warnings().toString());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("'novalue' is not key=value")), c.warnings().toString());
    }

    @Test
    void includeAndExcludeGlobsMatchSimpleOrQualifiedOwner() {
        Config c = Config.load(null, Map.of(), Map.of("ffijit.include", "c:*.str*, z:*", "ffijit.exclude", "c:com.acme.CLib.strdup"));
        assertTrue(c.accepts("c", "com.acme.CLib", "strlen"));
        assertTrue(c.accepts("z", "com.acme.Zlib", "crc32"));
        assertFalse(c.accepts("c", "com.acme.CLib", "strdup"));
        assertFalse(c.accepts("c", "com.acme.CLib", "memset"));
        assertFalse(c.accepts("m", "com.acme.LibM", "cos"));
        assertTrue(Config.defaults().accepts("m", "Outer$LibM", "cos"));
        assertTrue(MethodFilter.parse("m:LibM.c?s").matches("m", "Outer$LibM", "cos"));
    }
}
