package io.jplay.async;

import io.jplay.clock.Sleeper;

import io.jplay.connection.Become;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecResult;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScript;
import io.jplay.module.RemoteScriptModule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The one entry point the executor calls for a task with {@code async > 0}: launches the module's
 * script under the wrapper and, when {@code poll > 0}, polls it to the end.
 *
 * <p>Thread-safe: one instance serves the whole run (all hosts, all forks). It keeps the jobs being
 * polled in {@link #activeJobs()} for the Ctrl-C report.
 */
public final class AsyncTaskRunner {
    /** Ansible's default {@code async_dir}. */
    public static final String DEFAULT_ASYNC_DIR = "~/.ansible_async";
    private final RandomGenerator random;
    private final AsyncPoller poller;
    private final ActiveJobs active = new ActiveJobs();
    /** Where the wrapper is installed, per host, user and async dir: the absolute dir a launch reported. */
    private final Map<InstallKey, String> installed = new ConcurrentHashMap<>();

    /** The launches that share an installed wrapper: same host, same become, same async dir and environment. */
    private record InstallKey(String host, Become become, String asyncDir, Map<String, String> environment) {
    }

    /** Real time and randomness. */
    public AsyncTaskRunner() {
        this(new java.security.SecureRandom(), Sleeper.system());
    }

    /** For tests: chosen random source (the jid prefix) and a sleeper that need not block. */
    public AsyncTaskRunner(RandomGenerator random, Sleeper sleeper) {
        this.random = random;
        this.poller = new AsyncPoller(sleeper, new JobProbe(random));
    }

    /**
     * Runs one async task on one host.
     *
     * @param ctx the task's context: {@code connection()}, {@code become()}, {@code environment()},
     *     {@code hostName()} and whatever the module's {@code script} needs
     * @param asyncSeconds the {@code async:} limit, &gt; 0
     * @param poll the {@code poll:} interval; &lt;= 0 returns right after the launch
     * @param asyncDir the unexpanded async dir ({@code ansible_async_dir}, default {@link #DEFAULT_ASYNC_DIR})
     * @param listener receives POLL/OK/FAILED (only when {@code poll > 0})
     * @return the launch result ({@code ansible_job_id, started: 1, finished: 0, results_file,
     *     changed: true, failed: 0}) when {@code poll <= 0}, otherwise the polled result: the
     *     job's record with {@code ansible_job_id, started: 1, finished: 1, results_file} and the
     *     {@code _lines} keys, or {@code failed: true, msg: "async task did not complete within the
     *     requested time - Ns", async_result: <last status>}
     * @throws ConnectionException when the host cannot be reached for the launch (or for the last check)
     * @throws InterruptedException when the thread is interrupted while polling; the job keeps running
     */
    public Map<String, Object> run(ModuleContext ctx, RemoteScriptModule module, int asyncSeconds, int poll,
            String asyncDir, AsyncListener listener) throws ConnectionException, InterruptedException {
        RemoteScript script;
        try {
            script = module.script(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
        String dir = asyncDir == null || asyncDir.isBlank() ? DEFAULT_ASYNC_DIR : asyncDir;
        Map<String, Object> launch = launch(ctx, script, asyncSeconds, dir);
        if (poll <= 0 || launch.containsKey("msg") && !launch.containsKey("ansible_job_id")) {
            return launch;
        }
        Object jid = launch.get("ansible_job_id");
        if (jid == null || jid.toString().isEmpty()) {
            Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("failed", true);
            failed.put("msg", "No job id was returned by the async task");
            return failed;
        }
        String resultsFile = String.valueOf(launch.get("results_file"));
        ActiveJobs.ActiveJob job = new ActiveJobs.ActiveJob(ctx.hostName(), jid.toString(), resultsFile, dir);
        active.add(job);
        try {
            return poller.poll(ctx.connection(), ctx.become(),
                    new AsyncPoller.Job(ctx.hostName(), jid.toString(), resultsFile, asyncSeconds, poll), listener);
        } finally {
            active.remove(job);
        }
    }

    /**
     * Launches the job: by the installed wrapper's path when an earlier launch on this host installed
     * it, else (or when it has gone since) with the wrapper inline, which installs it.
     */
    private Map<String, Object> launch(ModuleContext ctx, RemoteScript script, int asyncSeconds, String dir)
            throws ConnectionException {
        InstallKey key = new InstallKey(ctx.hostName(), ctx.become(), dir,
                ctx.environment() == null ? Map.of() : Map.copyOf(ctx.environment()));
        String prefix = JobId.newPrefix(random);
        String known = installed.get(key);
        if (known != null) {
            ExecResult launched = ctx.connection().exec(AsyncWrapper.launchRequest(script, prefix, asyncSeconds, dir,
                    known, ctx.environment(), ctx.become()));
            if (!AsyncWrapper.wrapperMissing(launched)) {
                return AsyncWrapper.launchResult(launched);
            }
            installed.remove(key, known);
        }
        ExecResult launched = ctx.connection().exec(AsyncWrapper.launchRequest(script, prefix, asyncSeconds, dir,
                null, ctx.environment(), ctx.become()));
        Map<String, Object> launch = AsyncWrapper.launchResult(launched);
        String reported = AsyncWrapper.reportedDir(launch);
        if (reported != null) {
            installed.put(key, reported);
        }
        return launch;
    }

    /** The jobs being polled at this moment (for the Ctrl-C report). */
    public ActiveJobs activeJobs() {
        return active;
    }
}
