package io.jplay.connection;

import java.nio.file.Path;

/**
 * How much of one output stream of a command is kept in memory ({@code output_max_bytes}): past
 * {@code maxBytes} the whole stream is written to a file in {@code spillDirectory} instead, and the
 * kept part ends with a note naming it. Applies only to requests that ask for it
 * ({@link ExecRequest#boundedOutput()}): the output a user sees, never output jplay parses itself.
 *
 * @param maxBytes bytes kept per stream (at least 1)
 * @param spillDirectory where the whole output of a longer stream is written, or {@code null} to
 *     drop the rest (the note says so)
 */
public record OutputLimit(int maxBytes, Path spillDirectory) {

    /** The default: 16 MiB per stream, longer output written to the controller's temporary directory. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    public OutputLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1");
        }
    }

    /** {@code maxBytes} with spill files in the JVM's temporary directory. */
    public static OutputLimit of(int maxBytes) {
        return new OutputLimit(maxBytes, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The default limit. */
    public static OutputLimit defaults() {
        return of(DEFAULT_MAX_BYTES);
    }
}
