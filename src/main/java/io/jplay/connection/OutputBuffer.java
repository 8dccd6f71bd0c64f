package io.jplay.connection;

import java.io.BufferedOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collects one output stream of a command. Unbounded, it keeps every byte (as Ansible does). Bounded
 * by an {@link OutputLimit}, it keeps the first {@code maxBytes} in memory; once the stream grows past
 * them the whole stream goes to a spill file ({@code jplay-output-*.stdout}, mode 0600), and
 * {@link #bytes()} gives the kept part (cut on a UTF-8 character boundary) followed by a one-line
 * note with the full size and the file. Memory stays at {@code maxBytes} whatever the command prints.
 * Not thread-safe: one writer, readers synchronize with it.
 */
public final class OutputBuffer {
    private final OutputLimit limit;
    private final String stream;
    private final Chunks kept = new Chunks();
    private long total;
    private Path spillFile;
    private OutputStream spill;
    private String spillError;

    /**
     * @param limit the bound, or {@code null} to keep everything
     * @param stream {@code stdout} or {@code stderr}: names the spill file and the note
     */
    public OutputBuffer(OutputLimit limit, String stream) {
        this.limit = limit;
        this.stream = stream;
    }

    /** An unbounded buffer. */
    public static OutputBuffer whole() {
        return new OutputBuffer(null, "stdout");
    }

    public void write(byte[] chunk, int offset, int length) {
        total += length;
        if (limit == null) {
            kept.write(chunk, offset, length);
            return;
        }
        int room = (int) Math.max(0, Math.min(length, limit.maxBytes() - (long) kept.size()));
        kept.write(chunk, offset, room);
        if (total > limit.maxBytes()) {
            spill(chunk, offset, length);
        }
    }

    /** How many bytes the stream has had. */
    public long total() {
        return total;
    }

    /** The kept bytes as text (for watching a become dialog as output arrives). */
    public String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    /** Whether the stream went past the limit. */
    public boolean truncated() {
        return limit != null && total > limit.maxBytes();
    }

    /** The spill file, once the stream went past the limit and it could be written; else {@code null}. */
    public Path spillFile() {
        return spillError == null ? spillFile : null;
    }

    /**
     * The output: everything, or, past the limit, the kept part and the note. Closes the spill file
     * (call once the stream has ended).
     */
    public byte[] bytes() {
        closeSpill();
        if (!truncated()) {
            return kept.toByteArray();
        }
        byte[] head = kept.toByteArray();
        int cut = utf8Boundary(head);
        String note = (cut > 0 && head[cut - 1] != '\n' ? "\n" : "") + note(cut);
        byte[] tail = note.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[cut + tail.length];
        System.arraycopy(head, 0, out, 0, cut);
        System.arraycopy(tail, 0, out, cut, tail.length);
        return out;
    }

    private String note(int shown) {
        String where = spillFile() != null ? "all of it is in " + spillFile()
                : "the rest was dropped" + (spillError == null ? "" : " (" + spillError + ")");
        return "[jplay: " + stream + " was " + total + " bytes, more than output_max_bytes (" + limit.maxBytes()
                + "); the first " + shown + " are shown, " + where + "]";
    }

    private void spill(byte[] chunk, int offset, int length) {
        if (spillError != null || limit.spillDirectory() == null) {
            return;
        }
        try {
            if (spill == null) {
                spillFile = Files.createTempFile(limit.spillDirectory(), "jplay-output-", "." + stream);
                spill = new BufferedOutputStream(Files.newOutputStream(spillFile), 64 * 1024);
                // the file holds the whole stream: what was kept, then this chunk
                kept.writeTo(spill);
                int keptOfChunk = length - (int) (total - kept.size());
                spill.write(chunk, offset + keptOfChunk, length - keptOfChunk);
            } else {
                spill.write(chunk, offset, length);
            }
        } catch (IOException | RuntimeException e) {
            spillError = "could not write " + (spillFile == null ? limit.spillDirectory() : spillFile) + ": "
                    + e.getMessage();
            closeSpill();
            try {
                if (spillFile != null) {
                    Files.deleteIfExists(spillFile);
                }
            } catch (IOException ignored) {
                // the note already says the rest was dropped
            }
        }
    }

    private void closeSpill() {
        if (spill == null) {
            return;
        }
        try {
            spill.close();
        } catch (IOException e) {
            spillError = "could not write " + spillFile + ": " + e.getMessage();
        }
        spill = null;
    }

    /**
     * Bytes in 64 KiB pieces: growing never copies what is held (a doubling array would hold up to
     * three times the kept output while it grows), and the whole is copied once, at the end.
     */
    private static final class Chunks {
        private static final int PIECE = 64 * 1024;
        private final List<byte[]> pieces = new ArrayList<>();
        private int size;

        void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                int used = size % PIECE;
                if (used == 0) {
                    pieces.add(new byte[PIECE]);
                }
                int n = Math.min(length, PIECE - used);
                System.arraycopy(bytes, offset, pieces.get(pieces.size() - 1), used, n);
                size += n;
                offset += n;
                length -= n;
            }
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            byte[] all = new byte[size];
            for (int i = 0, at = 0; at < size; i++) {
                int n = Math.min(PIECE, size - at);
                System.arraycopy(pieces.get(i), 0, all, at, n);
                at += n;
            }
            return all;
        }

        void writeTo(OutputStream out) throws IOException {
            for (int i = 0, at = 0; at < size; i++) {
                int n = Math.min(PIECE, size - at);
                out.write(pieces.get(i), 0, n);
                at += n;
            }
        }

        String toString(java.nio.charset.Charset charset) {
            return new String(toByteArray(), charset);
        }
    }

    /** The length of {@code bytes} without a UTF-8 sequence the cut left incomplete. */
    static int utf8Boundary(byte[] bytes) {
        int end = bytes.length;
        for (int back = 1; back <= 4 && end - back >= 0; back++) {
            int b = bytes[end - back] & 0xff;
            if ((b & 0xc0) == 0x80) {
                continue;
            }
            int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            return need > back ? end - back : end;
        }
        return end;
    }
}
