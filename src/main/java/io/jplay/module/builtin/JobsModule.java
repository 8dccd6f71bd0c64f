package io.jplay.module.builtin;

import io.jplay.async.AsyncTaskRunner;
import io.jplay.async.JobsLister;
import io.jplay.connection.ConnectionException;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code jplay_jobs} (behind {@code jplay jobs}): lists the async job files on a host (jid, state,
 * age, whether the job's processes are alive, rc) and, with {@code cleanup}, removes the finished
 * ones not written to for {@code older_than}, so the async dir never fills up. A jplay extension;
 * Ansible has no such module.
 */
public final class JobsModule implements Module {
    private static final Pattern DURATION = Pattern.compile("(\\d+)([smhdw]?)");
    private final String defaultAsyncDir;
    private final JobsLister lister = new JobsLister();

    /** @param defaultAsyncDir the configured {@code async_dir} */
    public JobsModule(String defaultAsyncDir) {
        this.defaultAsyncDir = defaultAsyncDir == null ? AsyncTaskRunner.DEFAULT_ASYNC_DIR : defaultAsyncDir;
    }

    @Override
    public String name() {
        return "jplay_jobs";
    }

    @Override
    public Map<String, Object> run(ModuleContext context) throws ModuleException, ConnectionException {
        Map<String, Object> args = context.args();
        boolean cleanup = args.get("cleanup") != null && Boolean.parseBoolean(args.get("cleanup").toString());
        Duration olderThan = parse(String.valueOf(args.getOrDefault("older_than", "0")));
        String dir = AsyncStatusModule.configuredAsyncDir(context, defaultAsyncDir);
        List<String> removed = cleanup ? lister.removeFinished(context.connection(), context.become(), dir, olderThan)
                : List.of();
        List<Object> jobs = new ArrayList<>();
        for (JobsLister.JobInfo job : lister.list(context.connection(), context.become(), dir)) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("jid", job.jid());
            j.put("state", job.state().name().toLowerCase(java.util.Locale.ROOT));
            j.put("age", job.ageSeconds());
            j.put("alive", job.liveness().name().toLowerCase(java.util.Locale.ROOT));
            j.put("rc", job.rc());
            jobs.add(j);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", !removed.isEmpty());
        result.put("async_dir", dir);
        result.put("jobs", jobs);
        result.put("removed", removed);
        return result;
    }

    /** {@code 90}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}, {@code 1w}. */
    static Duration parse(String text) throws ModuleException {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new ModuleException("older_than must be a number of seconds or end in s, m, h, d or w: " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            case "w" -> Duration.ofDays(7 * n);
            default -> Duration.ofSeconds(n);
        };
    }
}
