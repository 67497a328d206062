package dev.ffijit.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    private record Run(int status, List<String> out, String err) {
        List<String> starting(String prefix) {
            return out.stream().filter(l -> l.startsWith(prefix)).toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void outputIsResultsThenThroughput() {
        Run r = run("--records", "2000");
        assertEquals(0, r.status(), r.err());
        for (String line : r.out()) {
            assertTrue(line.startsWith("env: ") || line.startsWith("result: ") || line.startsWith("throughput: "), line);
        }
        assertEquals("result: input=synthetic seed=42 records=2000 block=64", r.starting("result: ").get(0));
        assertTrue(r.out().contains("result: records=2000 bytes=" + JavaReferenceBytes.of(2000)
                + " key_bytes=" + 2000 * 16), r.out().toString());
        assertEquals(2, r.starting("throughput: ").size());
        assertTrue(r.starting("throughput: ").get(0).matches("throughput: elapsed_s=\\S+ records_per_s=\\d+ .*"));
    }

    @Test
    void resultLinesAreTheSameOnEveryRun() {
        assertEquals(run("--records", "1000").starting("result: "), run("--records", "1000").starting("result: "));
    }

    @Test
    void helpAndUsageErrors() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().get(0).startsWith("Usage: "));
        Run bad = run("--no-such-option");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("unknown option: --no-such-option"), bad.err());
    }

    @Test
    void missingDirectoryIsAnError() {
        Run r = run("--dir", "does/not/exist");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("not a directory"), r.err());
    }

    /** Payload bytes of the first n synthetic records, summed in Java. */
    private static final class JavaReferenceBytes {
        static long of(long n) {
            SyntheticRecords s = new SyntheticRecords(Options.DEFAULT_SEED, n);
            long bytes = 0;
            for (Record rec = s.next(); rec != null; rec = s.next()) {
                bytes += rec.data().length;
            }
            return bytes;
        }
    }
}
