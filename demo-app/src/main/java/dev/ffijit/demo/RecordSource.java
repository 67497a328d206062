package dev.ffijit.demo;

import java.io.IOException;

/** A finite, deterministic sequence of records. */
interface RecordSource extends AutoCloseable {
    /** @return the next record, or {@code null} at the end */
    Record next() throws IOException;

    /** An upper bound of {@code data().length}, to size the native block buffer. */
    int maxRecordLength();

    /** How the input is described in the result lines; must not depend on the machine. */
    String description();

    @Override
    default void close() throws IOException {
    }
}
