package dev.ffijit.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DirectoryRecordsTest {
    private static List<String> chunks(Path root, int chunk) throws Exception {
        List<String> out = new ArrayList<>();
        try (DirectoryRecords source = new DirectoryRecords(root, "t", chunk)) {
            for (Record r = source.next(); r != null; r = source.next()) {
                out.add(r.key() + ":" + r.data().length);
            }
        }
        return out;
    }

    @Test
    void filesInPathOrderCutIntoChunks(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("d/e"));
        Files.write(root.resolve("d/e/f"), new byte[10]);
        Files.write(root.resolve("d/a"), new byte[8]);
        Files.write(root.resolve("empty"), new byte[0]);
        Files.write(root.resolve("B"), new byte[3]);
        assertEquals(List.of("B:3", "d/a:4", "d/a:4", "d/e/f:4", "d/e/f:4", "d/e/f:2", "empty:0"), chunks(root, 4));
    }

    @Test
    void symbolicLinksAreSkipped(@TempDir Path root) throws Exception {
        Files.write(root.resolve("real"), new byte[5]);
        Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));
        Files.createDirectories(root.resolve("dir"));
        Files.createSymbolicLink(root.resolve("dir/up"), root);
        assertEquals(List.of("real:5"), chunks(root, 64));
    }

    @Test
    void rejectsBadArguments(@TempDir Path root) {
        assertThrows(java.io.IOException.class, () -> new DirectoryRecords(root.resolve("missing"), "m", 64));
        assertThrows(IllegalArgumentException.class, () -> new DirectoryRecords(root, "t", 0));
    }
}
