package io.jplay.async;

import io.jplay.clock.Sleeper;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.output.RunListener;
import io.jplay.result.TaskResult;
import io.jplay.result.Truth;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controller's poll loop for one job, counted exactly like Ansible's
 * {@code TaskExecutor._poll_async_result}: sleep {@code poll} first, then check; subtract
 * {@code poll} (not the wall time) per check, so at most {@code ceil(async/poll)} checks; a POLL
 * event only for checks that found the job unfinished; stop on {@code finished == 1}, on a
 * {@code failed} key or on {@code skipped}. A finished job's file is deleted; after a timeout it is
 * kept. Every check reads the absolute {@code results_file} of the launch.
 *
 * <p>Beyond Ansible: a job whose processes are gone while its file still says "running" (killed,
 * host rebooted) ends the loop at once with a failure instead of waiting out the budget.
 */
public final class AsyncPoller {
    static final String VANISHED = "async job %s is no longer running and left no result"
            + " (its processes were killed or the host rebooted)";
    private final Sleeper sleeper;
    private final JobProbe probe;

    public AsyncPoller(Sleeper sleeper, JobProbe probe) {
        this.sleeper = sleeper;
        this.probe = probe;
    }

    /** The job to poll and where its events go. */
    public record Job(String host, String jid, String resultsFile, int asyncSeconds, int pollSeconds) {
    }

    /**
     * Polls until the job ends or the budget is used up.
     *
     * @throws ConnectionException when the last allowed check still failed to reach the host
     * @throws InterruptedException when the polling thread is interrupted (Ctrl-C); the job keeps running
     */
    public Map<String, Object> poll(Connection connection, Become become, Job job, AsyncListener listener)
            throws ConnectionException, InterruptedException {
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("jid", job.jid());
        invocation.put("mode", "status");
        int slash = job.resultsFile().lastIndexOf('/');
        invocation.put("_async_dir", slash > 0 ? job.resultsFile().substring(0, slash) : job.resultsFile());
        long timeLeft = job.asyncSeconds();
        Map<String, Object> last = null;
        boolean done = false;
        while (timeLeft > 0) {
            sleeper.sleep(Duration.ofSeconds(job.pollSeconds()));
            JobProbe.Snapshot snapshot;
            try {
                snapshot = probe.read(connection, become, List.of(job.resultsFile())).get(0);
            } catch (ConnectionException e) {
                connection.reset();
                timeLeft -= job.pollSeconds();
                if (timeLeft <= 0) {
                    throw e;
                }
                continue;
            }
            Map<String, Object> status = JobFile.statusResult(job.jid(), job.resultsFile(), snapshot.text(), invocation);
            if (isWatchdogTimeout(status)) {
                if (last == null) {
                    last = JobFile.statusResult(job.jid(), job.resultsFile(), "", invocation);
                }
                break;
            }
            last = status;
            if (JobFile.isFinished(last) || last.containsKey("failed") || last.containsKey("skipped")) {
                done = true;
                break;
            }
            if (snapshot.liveness() == JobProbe.Liveness.DEAD) {
                return finish(job, vanished(job, last), listener);
            }
            timeLeft -= job.pollSeconds();
            listener.poll(event(job, last, last));
        }
        if (!done) {
            Map<String, Object> timeout = new LinkedHashMap<>();
            timeout.put("failed", true);
            timeout.put("msg", "async task did not complete within the requested time - " + job.asyncSeconds() + "s");
            timeout.put("async_result", last);
            return finish(job, timeout, listener);
        }
        cleanup(connection, become, job.resultsFile());
        return finish(job, last, listener);
    }

    /**
     * jplay's watchdog kills the job at exactly {@code async} seconds, where Ansible's fires seconds
     * after the controller has given up. So a timeout record seen while polling means what Ansible
     * users see in that case: the task did not complete within the requested time (job file kept).
     */
    private static boolean isWatchdogTimeout(Map<String, Object> status) {
        return "Timeout exceeded".equals(status.get("msg")) && status.containsKey("child_pid");
    }

    private static Map<String, Object> vanished(Job job, Map<String, Object> last) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("failed", true);
        result.put("msg", String.format(VANISHED, job.jid()));
        result.put("async_result", last);
        return result;
    }

    private static Map<String, Object> finish(Job job, Map<String, Object> result, AsyncListener listener) {
        RunListener.AsyncEvent event = event(job, result, result);
        if (Truth.isTrue(result.get("failed"))) {
            listener.failed(event);
        } else {
            listener.ok(event);
        }
        return result;
    }

    private static RunListener.AsyncEvent event(Job job, Map<String, Object> status, Map<String, Object> result) {
        return new RunListener.AsyncEvent(job.host(), job.jid(), status.get("started"), status.get("finished"),
                TaskResult.of(result));
    }

    /** Deletes a finished job's file (Ansible's {@code async_status mode=cleanup}); errors are ignored like Ansible's. */
    static void cleanup(Connection connection, Become become, String resultsFile) {
        String f = RemoteShell.quote(resultsFile);
        try {
            connection.exec(new ExecRequest(RemoteShell.removeJob(f), null, null, become));
        } catch (ConnectionException e) {
            // the result is known; a file left behind is only clutter
        }
    }
}
