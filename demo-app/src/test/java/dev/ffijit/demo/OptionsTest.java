package dev.ffijit.demo;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {
    @Test
    void defaultsAreTheFullSyntheticRun() {
        Options o = Options.parse();
        assertNull(o.dir);
        assertEquals(Options.DEFAULT_RECORDS, o.records);
        assertEquals(Options.DEFAULT_SEED, o.seed);
        assertEquals(Options.DEFAULT_BLOCK, o.block);
        assertFalse(o.list);
    }

    @Test
    void quickSelectsTheSmallWorkload() {
        assertEquals(Options.QUICK_RECORDS, Options.parse("--quick").records);
    }

    @Test
    void valuesAreParsed() {
        Options o = Options.parse("--dir", "some/tree", "--chunk", "256", "--block", "8", "--list");
        assertEquals(Path.of("some/tree"), o.dir);
        assertEquals(256, o.chunk);
        assertEquals(8, o.block);
        assertTrue(o.list);
        assertEquals(1_000_000, Options.parse("--records", "1_000_000", "--seed", "-5").records);
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThrows(Options.UsageException.class, () -> Options.parse("--frobnicate"));
        assertThrows(Options.UsageException.class, () -> Options.parse("--records"));
        assertThrows(Options.UsageException.class, () -> Options.parse("--records", "many"));
        assertThrows(Options.UsageException.class, () -> Options.parse("--chunk", "0"));
        assertThrows(Options.UsageException.class, () -> Options.parse("--chunk", "4097"));
        assertThrows(Options.UsageException.class, () -> Options.parse("--quick", "--records", "5"));
        assertThrows(Options.UsageException.class, () -> Options.parse("--dir", "x", "--quick"));
    }
}
