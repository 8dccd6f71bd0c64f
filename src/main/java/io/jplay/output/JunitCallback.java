package io.jplay.output;

import io.jplay.python.PyFloat;
import io.jplay.result.TaskResult;
import io.jplay.result.Truth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code junit} callback ({@code callbacks_enabled = junit}): one JUnit XML report per playbook run,
 * written when the recap is due to {@code <output dir>/<playbook name>-<epoch seconds>.xml}. Every task
 * result of every host is one test case named {@code [host] play: task key=value...}, classed by the
 * task's {@code file:line}: passed with the result JSON as {@code system-out}, failed with a
 * {@code failure} (its {@code msg}, or {@code rc=N}), failed with an exception as an {@code error},
 * skipped as {@code skipped}. Unreachable hosts are left out, as Ansible does. See {@link JunitSettings}
 * for the options.
 */
public final class JunitCallback implements RunListener {
    private static final Set<String> SETUP = Set.of("setup", "ansible.builtin.setup", "ansible.legacy.setup");
    private static final Set<String> META = Set.of("meta", "ansible.builtin.meta", "ansible.legacy.meta");
    private static final String INCLUDE_HOST = "include";

    private final JunitSettings settings;
    private final Clock clock;
    private final Display display;
    private final ResultDumper dumper;
    private final JunitCaseBuilder cases;
    private final List<TaskRecord> tasks = new ArrayList<>();
    private String playbookName = "None";
    private String playName;
    private TaskRecord current;

    /**
     * @param output the run's output settings (from {@code -vvv} on the result JSON is indented by 4)
     * @param clock the time source for test durations and the report's file name
     * @param err where a report that cannot be written is reported as a warning
     */
    public JunitCallback(JunitSettings settings, OutputSettings output, Clock clock, Appendable err) {
        this.settings = settings;
        this.clock = clock;
        this.display = new ScreenDisplay(output, err, err);
        this.dumper = new ResultDumper(output.verbosity());
        this.cases = new JunitCaseBuilder(settings);
    }

    /** A started task and the per-host results recorded for it, in arrival order. */
    static final class TaskRecord {
        final TaskStart start;
        final double started;
        final String play;
        String name;
        final Map<String, HostRecord> hosts = new LinkedHashMap<>();
        /** Hosts that included a file, with the loop items (null without a loop), in event order. */
        final Map<String, List<Object>> includeItems = new LinkedHashMap<>();
        double includeTime;
        String includeFile;
        boolean includeNoLog;

        TaskRecord(TaskStart start, double started, String play) {
            this.start = start;
            this.started = started;
            this.play = play;
        }
    }

    /** One host's outcome: {@code status} is ok, failed, skipped or included. */
    record HostRecord(String host, String status, Map<String, Object> result, String included, double finished) {
    }

    @Override
    public void playbookStart(String playbookPath) {
        String base = Path.of(playbookPath).getFileName().toString();
        int dot = base.lastIndexOf('.');
        playbookName = dot > 0 ? base.substring(0, dot) : base;
    }

    @Override
    public void playStart(PlayStart play) {
        playName = play.name();
    }

    @Override
    public void taskStart(TaskStart task) {
        if (META.contains(task.action())) {
            current = null;
            return;
        }
        current = new TaskRecord(task, now(), playName);
        tasks.add(current);
    }

    @Override
    public void hostResult(HostResult r) {
        if (current == null || r.result().unreachable()) {
            return;
        }
        TaskResult result = r.result();
        String status = switch (result.status()) {
            case FAILED -> r.ignored() && !settings.failOnIgnore() ? "ok" : "failed";
            case SKIPPED -> "skipped";
            default -> "ok";
        };
        if (current.name == null) {
            current.name = cases.taskName(current.start, r.noLog());
        }
        Map<String, Object> clean = CleanResult.of(result.values(), r.action(), r.noLog());
        status = adjusted(current.name, status, clean);
        if (current.name.startsWith(settings.testCasePrefix()) || status.equals("failed")) {
            current.hosts.putIfAbsent(r.host(), new HostRecord(r.host(), status, clean, null, now()));
        }
    }

    /** {@code fail_on_change}, then {@code EXPECTED FAILURE} and {@code TOGGLE RESULT} in the task name. */
    private String adjusted(String name, String status, Map<String, Object> clean) {
        if (settings.failOnChange() && status.equals("ok") && Truth.isTrue(clean.get("changed"))) {
            status = "failed";
        }
        if (status.equals("failed") && name.contains("EXPECTED FAILURE")) {
            return "ok";
        }
        if (name.contains("TOGGLE RESULT")) {
            return status.equals("failed") ? "ok" : status.equals("ok") ? "failed" : status;
        }
        return status;
    }

    @Override
    public void included(Included included) {
        if (current == null) {
            return;
        }
        double time = now();
        if (current.includeFile == null) {
            current.includeFile = included.file();
        }
        current.includeNoLog |= included.noLog();
        for (String host : included.hosts()) {
            current.includeItems.computeIfAbsent(host, h -> new ArrayList<>()).add(included.item());
        }
        if (current.includeTime == 0) {
            current.includeTime = time;
        }
        if (current.name == null) {
            current.name = cases.taskName(current.start, included.noLog());
        }
        if (!current.name.startsWith(settings.testCasePrefix())) {
            return;
        }
        String text = JunitCaseBuilder.includedText(included);
        HostRecord previous = current.hosts.get(INCLUDE_HOST);
        if (previous != null) {
            text = previous.included() + "\n" + text;
        }
        current.hosts.put(INCLUDE_HOST, new HostRecord(INCLUDE_HOST, "included", null, text, time));
    }

    @Override
    public void stats(RunStats stats) {
        List<JunitXml.Case> report = new ArrayList<>();
        for (TaskRecord task : tasks) {
            if (SETUP.contains(task.start.action()) && !settings.includeSetupTasks()) {
                continue;
            }
            for (HostRecord host : withIncludeResults(task)) {
                report.add(cases.build(task, host, dumper));
            }
        }
        String xml = JunitXml.render(playbookName, report);
        Path file = settings.outputDir().resolve(playbookName + "-" + PyFloat.repr(now()) + ".xml");
        try {
            Files.createDirectories(settings.outputDir());
            Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            display.warning("Failure using method (v2_playbook_on_stats) in callback plugin (junit): " + e);
        }
    }

    /**
     * The task's host records with, for an include, the ok result Ansible reports for every host that
     * included the file (jplay's executor announces only the inclusion), placed after the hosts'
     * own results and before the {@code [include]} record, as Ansible's events arrive.
     */
    private List<HostRecord> withIncludeResults(TaskRecord task) {
        List<HostRecord> records = new ArrayList<>();
        task.hosts.values().stream().filter(h -> !h.host().equals(INCLUDE_HOST)).forEach(records::add);
        Object written = task.start.args() == null ? null
                : task.start.args().getOrDefault("_raw_params", task.start.args().get("file"));
        // the executor's include task start carries no file argument: fall back to the resolved path
        Object raw = written != null ? written : task.includeFile;
        task.includeItems.forEach((host, items) -> {
            if (task.hosts.containsKey(host) || task.name == null) {
                return;
            }
            Map<String, Object> result = JunitCaseBuilder.includeResult(raw, items);
            if (task.includeNoLog) {
                result = CleanResult.of(result, task.start.action(), true);
            }
            String status = adjusted(task.name, "ok", result);
            if (task.name.startsWith(settings.testCasePrefix()) || status.equals("failed")) {
                records.add(new HostRecord(host, status, result, null, task.includeTime));
            }
        });
        HostRecord include = task.hosts.get(INCLUDE_HOST);
        if (include != null) {
            records.add(include);
        }
        return records;
    }

    /** Python's {@code time.time()}: epoch seconds as a float. */
    private double now() {
        Instant i = clock.instant();
        return i.getEpochSecond() + i.getNano() / 1e9;
    }
}
