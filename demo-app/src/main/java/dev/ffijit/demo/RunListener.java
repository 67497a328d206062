package dev.ffijit.demo;

/** Told about each completed run of same-key records, e.g. to list per-file checksums. */
@FunctionalInterface
interface RunListener {
    RunListener NONE = (key, crc32, records, bytes) -> { };

    void runCompleted(String key, long crc32, long records, long bytes);
}
