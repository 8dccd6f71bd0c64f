package io.jplay.async;

import io.jplay.connection.ShellQuote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The jobs that are being polled right now, so that on Ctrl-C the CLI can tell the user, per host,
 * which jobs keep running and how to check on them later. Thread-safe; one instance per run.
 */
public final class ActiveJobs {
    private final ConcurrentMap<String, ActiveJob> jobs = new ConcurrentHashMap<>();

    /**
     * One job being polled.
     *
     * @param asyncDir the unexpanded async dir the job was launched with
     */
    public record ActiveJob(String host, String jid, String resultsFile, String asyncDir) {

        /** The command that checks on the job later: {@code jplay HOST -m async_status -a 'jid=...'}. */
        public String statusCommand() {
            String cmd = "jplay " + ShellQuote.quote(host) + " -m async_status -a " + ShellQuote.quote("jid=" + jid);
            if (!AsyncTaskRunner.DEFAULT_ASYNC_DIR.equals(asyncDir)) {
                cmd += " -e " + ShellQuote.quote("ansible_async_dir=" + asyncDir);
            }
            return cmd;
        }
    }

    void add(ActiveJob job) {
        jobs.put(job.host() + "\0" + job.jid(), job);
    }

    void remove(ActiveJob job) {
        jobs.remove(job.host() + "\0" + job.jid());
    }

    /** The jobs being polled now, sorted by host then jid. */
    public List<ActiveJob> snapshot() {
        List<ActiveJob> list = new ArrayList<>(jobs.values());
        list.sort(Comparator.comparing(ActiveJob::host).thenComparing(ActiveJob::jid));
        return list;
    }
}
