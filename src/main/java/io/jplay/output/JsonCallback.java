package io.jplay.output;

import io.jplay.json.JsonWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The {@code json} stdout callback ({@code ansible.posix.json}): collects plays, tasks and each host's
 * result, and prints one JSON document ({@code plays}, {@code stats}, {@code custom_stats},
 * {@code global_custom_stats}) when the stats arrive. Tasks are recorded in lockstep (linear strategy).
 *
 * <p>Time and ids are injected so tests are deterministic: durations come from {@code clock} as UTC
 * ISO timestamps with a {@code Z}, play and task ids from {@code ids}.
 */
public final class JsonCallback extends ScreenListener {
    private final OutputSettings settings;
    private final Clock clock;
    private final Supplier<String> ids;
    private final int indent;
    private final List<Map<String, Object>> plays = new ArrayList<>();

    /** Uses the system clock, random UUIDs and Ansible's default {@code json_indent} of 4. */
    public JsonCallback(OutputSettings settings, Appendable out, Appendable err) {
        this(settings, out, err, Clock.systemUTC(), () -> UUID.randomUUID().toString(), 4);
    }

    /** @param indent {@code json_indent}; 0 or less prints the document on one line */
    public JsonCallback(OutputSettings settings, Appendable out, Appendable err, Clock clock, Supplier<String> ids,
            int indent) {
        super(new ScreenDisplay(settings.withColor(false), out, err));
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.indent = indent <= 0 ? -1 : indent;
    }

    /** The executor's own verbose lines ({@code N plays in}, {@code META:}) are Ansible's display's, whatever the callback. */
    @Override
    public void verbose(int level, String message) {
        if (settings.verbosity() >= level) {
            display.display(message);
        }
    }

    @Override
    public void playStart(PlayStart play) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", play.name());
        info.put("id", ids.get());
        info.put("path", play.path() == null ? "" : play.path());
        info.put("duration", duration());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("play", info);
        entry.put("tasks", new ArrayList<Map<String, Object>>());
        plays.add(entry);
    }

    @Override
    public void taskStart(TaskStart task) {
        if (plays.isEmpty()) {
            return;
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", task.name());
        info.put("id", ids.get());
        info.put("path", task.path() == null ? "" : task.path());
        info.put("duration", duration());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("task", info);
        entry.put("hosts", new LinkedHashMap<String, Object>());
        tasks(plays.get(plays.size() - 1)).add(entry);
    }

    private Map<String, Object> duration() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("start", now());
        return d;
    }

    /** Python's {@code datetime.utcnow().isoformat() + 'Z'}: microseconds, omitted when zero. */
    private String now() {
        LocalDateTime t = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return (micros == 0 ? base : base + String.format(".%06d", micros)) + "Z";
    }

    @Override
    public void hostResult(HostResult r) {
        if (plays.isEmpty() || tasks(plays.get(plays.size() - 1)).isEmpty()) {
            return;
        }
        Map<String, Object> clean = CleanResult.of(r.result().values(), r.action(), r.noLog());
        boolean aggregate = r.loop() && clean.containsKey("results");
        boolean executed = !Actions.isInclude(r.action()) && !"meta".equals(r.action());
        if (executed && !aggregate && !clean.containsKey("censored") && !clean.containsKey("_ansible_no_log")
                && !r.result().values().containsKey(io.jplay.result.TaskResult.ACTION_FAILED)) {
            clean.put("_ansible_no_log", r.noLog());
        }
        switch (r.result().status()) {
            case FAILED -> clean.put("failed", true);
            case SKIPPED -> clean.put("skipped", true);
            default -> {
            }
        }
        clean.put("action", r.action());
        Map<String, Object> play = plays.get(plays.size() - 1);
        List<Map<String, Object>> tasks = tasks(play);
        Map<String, Object> task = tasks.get(tasks.size() - 1);
        hosts(task).put(r.host(), clean);
        String end = now();
        durationOf(task, "task").put("end", end);
        durationOf(play, "play").put("end", end);
    }

    @Override
    public void stats(RunStats stats) {
        Map<String, Object> summary = new LinkedHashMap<>();
        stats.hosts().forEach((host, s) -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("ok", s.ok());
            counts.put("failures", s.failed());
            counts.put("unreachable", s.unreachable());
            counts.put("changed", s.changed());
            counts.put("skipped", s.skipped());
            counts.put("rescued", s.rescued());
            counts.put("ignored", s.ignored());
            summary.put(host, counts);
        });
        Map<String, Object> custom = new LinkedHashMap<>();
        Object global = new LinkedHashMap<String, Object>();
        if (settings.showCustomStats() && !stats.custom().isEmpty()) {
            custom.putAll(stats.custom());
            Object run = custom.remove("_run");
            if (run != null) {
                global = run;
            }
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("plays", plays);
        output.put("stats", summary);
        output.put("custom_stats", custom);
        output.put("global_custom_stats", global);
        display.display(JsonWriter.python().sortKeys(true).indent(indent).write(output));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasks(Map<String, Object> play) {
        return (List<Map<String, Object>>) play.get("tasks");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> hosts(Map<String, Object> task) {
        return (Map<String, Object>) task.get("hosts");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> durationOf(Map<String, Object> entry, String key) {
        return (Map<String, Object>) ((Map<String, Object>) entry.get(key)).get("duration");
    }
}
