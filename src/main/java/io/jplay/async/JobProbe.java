package io.jplay.async;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Reads several job files of one host with ONE exec: for each path, whether the job's processes
 * are still alive (from jplay's pid side file, checked before the file is read so that a job that
 * ends in between is never taken for a vanished one) and the file's text.
 */
public final class JobProbe {
    private final RandomGenerator random;

    public JobProbe(RandomGenerator random) {
        this.random = random;
    }

    /** What one job looked like. {@code text} is {@code null} when the file does not exist. */
    public record Snapshot(String path, Liveness liveness, String text) {
    }

    /** Whether the job's processes still run; {@code UNKNOWN} for jobs started by Ansible (no pid file). */
    public enum Liveness { ALIVE, DEAD, UNKNOWN }

    /**
     * Reads the job files at {@code paths} (absolute, or starting with {@code ~} for the home of the
     * user the command runs as).
     */
    public List<Snapshot> read(Connection connection, Become become, List<String> paths) throws ConnectionException {
        String mark = "--jplay-job-" + Long.toHexString(random.nextLong()) + "--";
        StringBuilder cmd = new StringBuilder(RemoteShell.EXPAND_DIR).append(RemoteShell.ALIVE);
        for (String path : paths) {
            cmd.append("f=$(jplay_dir ").append(RemoteShell.quote(path)).append("); a=$(jplay_alive \"$f\"); ")
                    .append("if [ -e \"$f\" ]; then printf '\\n").append(mark).append(" %s present\\n' \"$a\"; ")
                    .append("cat \"$f\" 2>/dev/null; else printf '\\n").append(mark).append(" %s missing\\n' \"$a\"; fi; ");
        }
        ExecResult result = connection.exec(new ExecRequest(cmd.toString(), null, null, become));
        return parse(result.stdoutText(), mark, paths);
    }

    static List<Snapshot> parse(String out, String mark, List<String> paths) throws ConnectionException {
        String[] parts = out.split("\n" + mark + " ", -1);
        if (parts.length != paths.size() + 1) {
            throw new ConnectionException("unexpected output from the async status check: " + abbreviate(out));
        }
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String part = parts[i + 1];
            int nl = part.indexOf('\n');
            String[] head = (nl < 0 ? part : part.substring(0, nl)).split(" ");
            String text = nl < 0 ? "" : part.substring(nl + 1);
            Liveness liveness = switch (head[0]) {
                case "alive" -> Liveness.ALIVE;
                case "dead" -> Liveness.DEAD;
                default -> Liveness.UNKNOWN;
            };
            boolean present = head.length > 1 && head[1].equals("present");
            snapshots.add(new Snapshot(paths.get(i), liveness, present ? text : null));
        }
        return snapshots;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
