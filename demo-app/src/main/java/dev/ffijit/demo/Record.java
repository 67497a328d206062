package dev.ffijit.demo;

/**
 * One unit of input: a key (an object name or a file path) and a small payload.
 * Consecutive records with the same key form a run (a multi-part object, or a file).
 */
record Record(String key, byte[] data) {
}
