package io.jplay.connection.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The process id of a remote command, reported by the command itself so that an interrupted run can
 * end it even where sshd refuses {@code signal} requests (a {@code root} login: OpenSSH serves root
 * sessions from its privileged monitor, which does not signal). The shell that runs the command
 * first writes {@code jplay-pid-<nonce> <$$>} as a line on stderr; {@link #accept} takes that line out
 * of the stream as it arrives (whatever a login script printed before it stays) and keeps the pid.
 * On Ctrl-C, {@link #killScript} run on a second channel signals the process group of each pid, as
 * sshd's {@code killpg} would.
 */
final class PidReport {
    /** How much stderr is held back while looking for the line before giving up on it. */
    private static final int LOOK_LIMIT = 64 * 1024;

    private final String tag;
    private ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile long pid = -1;

    PidReport() {
        this.tag = "jplay-pid-" + Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE) + " ";
    }

    /** The shell words that report the pid: put before the command, inside {@code /bin/sh -c '...'}. */
    String shellPrefix() {
        return "echo " + tag + "$$ >&2; ";
    }

    /** The pid of the shell running the command, once its line arrived; else -1. */
    long pid() {
        return pid;
    }

    /**
     * Passes a stderr chunk on: the bytes to keep, with the pid line taken out once it is complete.
     * Until then (at most {@link #LOOK_LIMIT} bytes) nothing is passed on.
     */
    byte[] accept(byte[] chunk, int offset, int length) {
        if (pending == null) {
            return java.util.Arrays.copyOfRange(chunk, offset, offset + length);
        }
        pending.write(chunk, offset, length);
        byte[] seen = pending.toByteArray();
        String text = new String(seen, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(tag);
        int end = at < 0 ? -1 : text.indexOf('\n', at);
        if (end >= 0) {
            try {
                pid = Long.parseLong(text.substring(at + tag.length(), end).strip());
            } catch (NumberFormatException e) {
                // not a number: leave the pid unknown
            }
            pending = null;
            byte[] kept = new byte[seen.length - (end + 1 - at)];
            System.arraycopy(seen, 0, kept, 0, at);
            System.arraycopy(seen, end + 1, kept, at, seen.length - end - 1);
            return kept;
        }
        if (seen.length > LOOK_LIMIT) {
            pending = null;
            return seen;
        }
        return new byte[0];
    }

    /** What was held back when the stream ended without a complete pid line. */
    byte[] rest() {
        byte[] rest = pending == null ? new byte[0] : pending.toByteArray();
        pending = null;
        return rest;
    }

    /**
     * A POSIX sh script that sends {@code signal} ({@code TERM}, {@code KILL}) to the process group of
     * each pid (read from {@code /proc}, else from {@code ps}); a pid no longer running is skipped. Only a
     * pid that leads its group (sshd starts each session's shell with setsid) takes its group along; a
     * server that runs commands inside its own group (an embedded one) gets just the pid signalled, never
     * the group of the server and whatever else shares it.
     */
    static String killScript(Collection<Long> pids, String signal) {
        StringBuilder sh = new StringBuilder("for p in");
        pids.forEach(p -> sh.append(' ').append(p));
        sh.append("; do g=; if [ -r /proc/$p/stat ]; then read -r s < /proc/$p/stat; s=${s##*) }; set -- $s; g=$3;")
                .append(" else g=$(ps -o pgid= -p $p 2>/dev/null); fi;")
                .append(" g=$(echo $g); case $g in ''|0|1|*[!0-9]*) continue;; esac;")
                .append(" if [ \"$g\" = \"$p\" ]; then kill -s ").append(signal).append(" -- -$g 2>/dev/null;")
                .append(" else kill -s ").append(signal).append(" $p 2>/dev/null; fi; done; exit 0");
        return sh.toString();
    }
}
