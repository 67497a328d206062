package dev.ffijit.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The regular files under a directory (symbolic links are skipped, so that nothing is read
 * twice or from outside the tree), cut into fixed-size chunks, one record per chunk,
 * keyed by the file's path relative to the root ({@code /}-separated). Files are visited
 * in path order so that the results do not depend on the file system's listing order.
 * An empty file yields one empty record, so that it still counts as a file.
 */
final class DirectoryRecords implements RecordSource {
    static final int MAX_CHUNK = 4096;

    private final Path root;
    private final String rootLabel;
    private final int chunkSize;
    private final Iterator<String> files;
    private InputStream current;
    private String currentKey;
    private boolean currentEmitted;

    DirectoryRecords(Path root, String rootLabel, int chunkSize) throws IOException {
        if (chunkSize < 1 || chunkSize > MAX_CHUNK) {
            throw new IllegalArgumentException("chunk size must be 1.." + MAX_CHUNK + ": " + chunkSize);
        }
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + root);
        }
        this.root = root;
        this.rootLabel = rootLabel;
        this.chunkSize = chunkSize;
        this.files = listFiles(root).iterator();
    }

    private static List<String> listFiles(Path root) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> keys.add(keyOf(root.relativize(p))));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        keys.sort(null);
        return keys;
    }

    private static String keyOf(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    @Override
    public Record next() throws IOException {
        while (true) {
            if (current == null) {
                if (!files.hasNext()) {
                    return null;
                }
                currentKey = files.next();
                current = Files.newInputStream(root.resolve(currentKey));
                currentEmitted = false;
            }
            byte[] chunk = current.readNBytes(chunkSize);
            if (chunk.length > 0 || !currentEmitted) {
                if (chunk.length < chunkSize) {
                    closeCurrent();
                } else {
                    currentEmitted = true;
                }
                return new Record(currentKey, chunk);
            }
            closeCurrent();
        }
    }

    private void closeCurrent() throws IOException {
        InputStream in = current;
        current = null;
        in.close();
    }

    @Override
    public int maxRecordLength() {
        return chunkSize;
    }

    @Override
    public String description() {
        return "directory " + rootLabel + " chunk=" + chunkSize;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            closeCurrent();
        }
    }
}
