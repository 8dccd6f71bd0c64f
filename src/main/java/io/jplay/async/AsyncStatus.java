package io.jplay.async;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code async_status} action and module do together, over one exec: expand the async dir
 * on the target as the (become) user, then read the job file (mode {@code status}) or delete it
 * (mode {@code cleanup}). Results are shaped exactly like Ansible's merged action result.
 */
public final class AsyncStatus {

    private AsyncStatus() {
    }

    /**
     * Runs {@code async_status}.
     *
     * @param asyncDir unexpanded async dir ({@code ~/.ansible_async})
     * @param cleanup mode {@code cleanup} instead of {@code status}
     * @param checkMode under {@code --check} a cleanup reports what it would erase but deletes nothing
     */
    public static Map<String, Object> run(Connection connection, Become become, String jid, String asyncDir,
            boolean cleanup, boolean checkMode) throws ConnectionException {
        String mark = "--jplay-status--";
        String f = "\"$d\"/" + RemoteShell.quote(jid);
        StringBuilder cmd = new StringBuilder(RemoteShell.EXPAND_DIR)
                .append("d=$(jplay_dir ").append(RemoteShell.quote(asyncDir)).append("); printf '%s\\n' \"$d\"; ");
        cmd.append("if [ -e ").append(f).append(" ]; then echo present; ");
        if (cleanup) {
            if (!checkMode) {
                cmd.append(RemoteShell.removeJob(f));
            }
        } else {
            cmd.append("printf '%s\\n' ").append(mark).append("; cat ").append(f).append(" 2>/dev/null; ");
        }
        cmd.append("else echo missing; fi");
        InDir answer = execInDir(connection, become, cmd, null);
        String dir = answer.dir();
        String rest = answer.rest();
        boolean present = rest.startsWith("present\n");
        String path = jobPath(dir, jid);
        Map<String, Object> invocation = invocation(jid, cleanup ? "cleanup" : "status", dir);
        if (!cleanup) {
            int start = rest.indexOf(mark + "\n");
            String text = present && start >= 0 ? rest.substring(start + mark.length() + 1) : null;
            return JobFile.statusResult(jid, path, text, invocation);
        }
        Map<String, Object> merged = JobFile.actionDefaults(jid);
        merged.put("erased", path);
        if (!present) {
            merged.putAll(JobFile.moduleResult(jid, path, null, invocation));
            return merged;
        }
        merged.put("changed", false);
        merged.put("invocation", Map.of("module_args", invocation));
        return merged;
    }

    /**
     * {@code async_status} in mode {@code status} for several jobs of one host with one exec: the
     * async dir is expanded once, then every job file is read. Each result is what {@link #run}
     * would have returned for that jid. The job ids go to the command's stdin, one a line (a plain
     * job id holds no newline), so the command has the same short text for 2 jobs or 10,000: a
     * command of 130 bytes per job passed Linux's limit for one {@code sh -c} argument (128 KiB) at
     * about 1,000 jobs, and the batch then fell back to one exec per job.
     */
    public static Map<String, Map<String, Object>> statusOfMany(Connection connection, Become become,
            List<String> jids, String asyncDir) throws ConnectionException {
        String mark = "--jplay-status-";
        StringBuilder cmd = new StringBuilder(RemoteShell.EXPAND_DIR)
                .append("d=$(jplay_dir ").append(RemoteShell.quote(asyncDir)).append("); printf '%s\\n' \"$d\"; ")
                .append("i=0; while IFS= read -r j; do printf '\\n").append(mark).append("%s--\\n' \"$i\"; ")
                .append("if [ -e \"$d/$j\" ]; then echo present; cat \"$d/$j\" 2>/dev/null; else echo missing; fi; ")
                .append("i=$((i + 1)); done");
        StringBuilder stdin = new StringBuilder();
        jids.forEach(jid -> stdin.append(jid).append('\n'));
        InDir answer = execInDir(connection, become, cmd, stdin.toString().getBytes(StandardCharsets.UTF_8));
        String dir = answer.dir();
        String out = answer.rest();
        Map<String, Map<String, Object>> results = new LinkedHashMap<>();
        for (int i = 0; i < jids.size(); i++) {
            String jid = jids.get(i);
            String start = "\n" + mark + i + "--\n";
            int from = out.indexOf(start);
            if (from < 0) {
                throw new ConnectionException("unexpected output from async_status: " + out);
            }
            from += start.length();
            int to = i + 1 < jids.size() ? out.indexOf("\n" + mark + (i + 1) + "--\n", from) : out.length();
            String section = out.substring(from, to < 0 ? out.length() : to);
            boolean present = section.startsWith("present\n");
            String text = present ? section.substring("present\n".length()) : null;
            results.put(jid, JobFile.statusResult(jid, jobPath(dir, jid), text, invocation(jid, "status", dir)));
        }
        return results;
    }

    /** What a command that first prints the expanded async dir on a line of its own printed. */
    private record InDir(String dir, String rest) {
    }

    private static InDir execInDir(Connection connection, Become become, CharSequence cmd, byte[] stdin)
            throws ConnectionException {
        ExecResult result = connection.exec(new ExecRequest(cmd.toString(), stdin, null, become));
        String out = result.stdoutText();
        int nl = out.indexOf('\n');
        if (nl < 0) {
            throw new ConnectionException("unexpected output from async_status: " + out);
        }
        return new InDir(out.substring(0, nl), out.substring(nl + 1));
    }

    private static String jobPath(String dir, String jid) {
        return dir.endsWith("/") ? dir + jid : dir + "/" + jid;
    }

    /** The module arguments async_status reports back, as Ansible fills them in. */
    private static Map<String, Object> invocation(String jid, String mode, String dir) {
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("jid", jid);
        invocation.put("mode", mode);
        invocation.put("_async_dir", dir);
        return invocation;
    }
}
