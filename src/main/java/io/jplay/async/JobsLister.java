package io.jplay.async;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.result.Truth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists and prunes the job files in a host's async dir (for {@code jplay jobs}); one exec each.
 */
public final class JobsLister {
    private static final String MARK = "--jplay-job--";

    /** The state of a job as its file tells it. */
    public enum State { RUNNING, FINISHED, FAILED, TIMEOUT }

    /**
     * One job file.
     *
     * @param ageSeconds seconds since the file was last written
     * @param rc the record's {@code rc}, or {@code null}
     */
    public record JobInfo(String jid, State state, long ageSeconds, JobProbe.Liveness liveness, Long rc) {
    }

    /** Every job file in {@code asyncDir} (unexpanded, {@code ~} = the (become) user's home), sorted by name. */
    public List<JobInfo> list(Connection connection, Become become, String asyncDir) throws ConnectionException {
        String cmd = RemoteShell.EXPAND_DIR + RemoteShell.ALIVE + "d=$(jplay_dir " + RemoteShell.quote(asyncDir)
                + "); now=$(date +%s); for f in \"$d\"/*; do [ -f \"$f\" ] || continue; case $f in *.tmp) continue ;; esac; "
                + "m=$(date -r \"$f\" +%s 2>/dev/null || echo \"$now\"); "
                + "printf '\\n" + MARK + " %s %s %s\\n' $((now - m)) \"$(jplay_alive \"$f\")\" \"${f##*/}\"; "
                + "cat \"$f\" 2>/dev/null; done";
        ExecResult result = connection.exec(new ExecRequest(cmd, null, null, become));
        return parse(result.stdoutText());
    }

    /**
     * Deletes the finished jobs (files without a {@code started} key) not written to for at least
     * {@code olderThan}, with their side files.
     *
     * @return the jids removed
     */
    public List<String> removeFinished(Connection connection, Become become, String asyncDir, Duration olderThan)
            throws ConnectionException {
        String cmd = RemoteShell.EXPAND_DIR + "d=$(jplay_dir " + RemoteShell.quote(asyncDir)
                + "); now=$(date +%s); for f in \"$d\"/*; do [ -f \"$f\" ] || continue; case $f in *.tmp) continue ;; esac; "
                + "case $(head -c 12 \"$f\") in '{\"started\": '*) continue ;; esac; "
                + "m=$(date -r \"$f\" +%s 2>/dev/null) || continue; [ $((now - m)) -ge " + olderThan.toSeconds()
                + " ] || continue; " + RemoteShell.removeJob("\"$f\"") + "printf '%s\\n' \"${f##*/}\"; done";
        ExecResult result = connection.exec(new ExecRequest(cmd, null, null, become));
        List<String> removed = new ArrayList<>();
        for (String line : result.stdoutText().split("\n")) {
            if (!line.isBlank()) {
                removed.add(line);
            }
        }
        return removed;
    }

    static List<JobInfo> parse(String out) {
        List<JobInfo> jobs = new ArrayList<>();
        String[] parts = out.split("\n" + MARK + " ", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int nl = part.indexOf('\n');
            String[] head = (nl < 0 ? part : part.substring(0, nl)).split(" ", 3);
            if (head.length < 3) {
                continue;
            }
            String text = nl < 0 ? "" : part.substring(nl + 1);
            JobProbe.Liveness liveness = switch (head[1]) {
                case "alive" -> JobProbe.Liveness.ALIVE;
                case "dead" -> JobProbe.Liveness.DEAD;
                default -> JobProbe.Liveness.UNKNOWN;
            };
            Map<String, Object> status = JobFile.moduleResult(head[2], head[2], text, Map.of());
            jobs.add(new JobInfo(head[2], state(status), Long.parseLong(head[0]), liveness, rc(status)));
        }
        return jobs;
    }

    static State state(Map<String, Object> status) {
        if (!JobFile.isFinished(status)) {
            return State.RUNNING;
        }
        if ("Timeout exceeded".equals(status.get("msg")) && status.containsKey("child_pid")) {
            return State.TIMEOUT;
        }
        return Truth.isTrue(status.get("failed")) ? State.FAILED : State.FINISHED;
    }

    private static Long rc(Map<String, Object> status) {
        return status.get("rc") instanceof Number n ? n.longValue() : null;
    }
}
