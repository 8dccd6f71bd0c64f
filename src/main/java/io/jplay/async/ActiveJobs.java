package io.jplay.async;

import io.jplay.connection.ShellQuote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * The jobs that are being polled right now, so that on Ctrl-C the CLI can tell the user, per host,
 * which jobs keep running and how to check on them later, and so that a terminal can show the
 * polling's progress ({@link #progress()}). Thread-safe; one instance per run.
 */
public final class ActiveJobs {
    private final ConcurrentMap<String, ActiveJob> jobs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> startedNanos = new ConcurrentHashMap<>();
    private final java.util.Set<String> doneHosts = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoTime;

    /** Ages measured with {@link System#nanoTime()}. */
    public ActiveJobs() {
        this(System::nanoTime);
    }

    /** For tests: a chosen monotonic clock in nanoseconds. */
    public ActiveJobs(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

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

    /**
     * Where polling stands: hosts whose job ended since the last {@link #mark()} (and that poll
     * nothing now), hosts polling a job, and the age of the oldest job being polled.
     */
    public record Progress(int done, int running, long longestSeconds) {
    }

    void add(ActiveJob job) {
        String key = job.host() + "\0" + job.jid();
        startedNanos.put(key, nanoTime.getAsLong());
        jobs.put(key, job);
    }

    void remove(ActiveJob job) {
        String key = job.host() + "\0" + job.jid();
        jobs.remove(key);
        startedNanos.remove(key);
        doneHosts.add(job.host());
    }

    /** Starts counting finished hosts afresh (a new task begins). */
    public void mark() {
        doneHosts.clear();
    }

    /** The progress at this moment. */
    public Progress progress() {
        long now = nanoTime.getAsLong();
        java.util.Set<String> running = new java.util.HashSet<>();
        long oldest = now;
        for (var entry : jobs.entrySet()) {
            running.add(entry.getValue().host());
            Long started = startedNanos.get(entry.getKey());
            if (started != null && started < oldest) {
                oldest = started;
            }
        }
        int done = (int) doneHosts.stream().filter(host -> !running.contains(host)).count();
        return new Progress(done, running.size(), (now - oldest) / 1_000_000_000L);
    }

    /** The jobs being polled now, sorted by host then jid. */
    public List<ActiveJob> snapshot() {
        List<ActiveJob> list = new ArrayList<>(jobs.values());
        list.sort(Comparator.comparing(ActiveJob::host).thenComparing(ActiveJob::jid));
        return list;
    }
}
