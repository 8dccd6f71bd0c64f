package io.jplay.output;

import io.jplay.result.TaskResult;
import io.jplay.result.Truth;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code default} stdout callback of {@code ansible-playbook}: banners, one line per host result,
 * loop item lines, async and retry lines, warnings on stderr and the {@code PLAY RECAP}, byte for byte
 * as ansible-core 2.14 prints them.
 *
 * <p>Not thread-safe: the executor delivers events from one thread (see {@link RunListener}).
 */
public final class DefaultCallback extends ScreenListener {
    private final OutputSettings settings;
    private final ResultDumper dumper;
    private final ResultWarnings warnings;
    private final DiffText diffText;
    private TaskStart currentTask;
    private TaskStart lastBanner;

    /** Renders to {@code out} and {@code err} (e.g. {@code System.out}, a {@code PrintWriter}, a {@code StringBuilder}). */
    public DefaultCallback(OutputSettings settings, Appendable out, Appendable err) {
        this(settings, new ScreenDisplay(settings, out, err));
    }

    DefaultCallback(OutputSettings settings, Display display) {
        super(display);
        this.settings = settings;
        this.dumper = new ResultDumper(settings.verbosity(), settings.resultFormat());
        this.warnings = new ResultWarnings(display);
        this.diffText = new DiffText(settings.color(), settings.diffContext());
    }

    /** The {@code -v} line the CLI shows about its configuration file ({@code null}: none was found). */
    public static String configFileMessage(Path configFile) {
        return configFile == null ? "No config file found; using defaults"
                : "Using " + configFile + " as config file";
    }

    @Override
    public void playbookStart(String playbookPath) {
        if (settings.verbosity() > 1) {
            display.banner("PLAYBOOK: " + Path.of(playbookPath).getFileName());
        }
        dryRunBanner();
    }

    @Override
    public void playStart(PlayStart play) {
        String name = play.name() == null ? "" : play.name().strip();
        String check = play.checkMode() && settings.checkModeMarkers() ? " [CHECK MODE]" : "";
        display.banner(name.isEmpty() ? "PLAY" + check : "PLAY [" + name + "]" + check);
    }

    @Override
    public void noHostsMatched() {
        display.display("skipping: no hosts matched", AnsiColor.SKIP);
    }

    @Override
    public void noHostsRemaining() {
        display.banner("NO MORE HOSTS LEFT");
    }

    @Override
    public void taskStart(TaskStart task) {
        currentTask = task;
        if (settings.displaySkippedHosts() && settings.displayOkHosts()) {
            taskBanner();
        }
    }

    private void taskBanner() {
        if (currentTask == null || lastBanner == currentTask) {
            return;
        }
        String prefix = currentTask.handler() ? "RUNNING HANDLER" : "TASK";
        String name = currentTask.name() == null ? "" : currentTask.name().strip();
        String check = currentTask.checkMode() && settings.checkModeMarkers() ? " [CHECK MODE]" : "";
        display.banner(prefix + " [" + name + "]" + check);
        if (settings.verbosity() >= 2) {
            taskPath();
        }
        lastBanner = currentTask;
    }

    private void taskPath() {
        if (currentTask != null && currentTask.path() != null && !currentTask.path().isEmpty()) {
            display.display("task path: " + currentTask.path(), AnsiColor.DEBUG);
        }
    }

    @Override
    public void hostResult(HostResult r) {
        Map<String, Object> clean = CleanResult.of(r.result().values(), r.action(), r.noLog());
        String label = HostLabel.of(r.host(), r.delegatedTo(), clean);
        boolean items = r.loop() && clean.containsKey("results");
        switch (r.result().status()) {
            case UNREACHABLE -> unreachable(r, clean, label);
            case FAILED -> failed(r, clean, label, items);
            case SKIPPED -> skipped(r, clean);
            case OK -> ok(r, clean, label, items);
        }
    }

    private void unreachable(HostResult r, Map<String, Object> clean, String label) {
        taskBanner();
        failure("fatal: [" + label + "]: UNREACHABLE! => " + dumper.dump(clean), AnsiColor.UNREACHABLE);
        if (r.ignored()) {
            display.display("...ignoring", AnsiColor.SKIP);
        }
    }

    private void failed(HostResult r, Map<String, Object> clean, String label, boolean items) {
        CleanResult.forDebug(clean, r.action());
        taskBanner();
        exception(clean);
        warnings.handle(clean);
        if (!items) {
            if (settings.verbosity() < 2 && settings.showTaskPathOnFailure()) {
                taskPath();
            }
            failure("fatal: [" + label + "]: FAILED! => " + dumper.dump(clean), AnsiColor.ERROR);
        }
        if (r.ignored()) {
            display.display("...ignoring", AnsiColor.SKIP);
        }
    }

    private void skipped(HostResult r, Map<String, Object> clean) {
        if (!settings.displaySkippedHosts()) {
            return;
        }
        CleanResult.forDebug(clean, r.action());
        taskBanner();
        if (r.loop()) {
            clean.remove("results");
        }
        String msg = "skipping: [" + r.host() + "]";
        if (dumper.isVerbose(clean, 0)) {
            msg += " => " + dumper.dump(clean);
        }
        display.display(msg, AnsiColor.SKIP);
    }

    private void ok(HostResult r, Map<String, Object> clean, String label, boolean items) {
        if (Actions.isInclude(r.action())) {
            taskBanner();
            return;
        }
        boolean changed = r.result().changed();
        if (!changed && !settings.displayOkHosts()) {
            return;
        }
        taskBanner();
        warnings.handle(clean);
        if (items) {
            return;
        }
        CleanResult.forDebug(clean, r.action());
        String msg = (changed ? "changed: [" : "ok: [") + label + "]";
        if (dumper.isVerbose(clean, 0)) {
            msg += " => " + dumper.dump(clean);
        }
        display.display(msg, changed ? AnsiColor.CHANGED : AnsiColor.OK);
    }

    @Override
    public void fileDiff(HostResult r) {
        Map<String, Object> clean = CleanResult.of(r.result().values(), r.action(), r.noLog());
        if (r.loop() && clean.get("results") instanceof List<?> results) {
            for (Object item : results) {
                if (item instanceof Map<?, ?> res) {
                    showDiff(res.get("diff"), res.get("changed"));
                }
            }
        } else {
            showDiff(clean.get("diff"), clean.get("changed"));
        }
    }

    private void showDiff(Object diff, Object changed) {
        if (!Truth.isTrue(diff) || !Truth.isTrue(changed)) {
            return;
        }
        String text = diffText.render(diff);
        if (!text.isEmpty()) {
            taskBanner();
            display.display(text);
        }
    }

    @Override
    public void itemResult(ItemResult r) {
        Map<String, Object> clean = CleanResult.of(r.result().values(), r.action(), r.noLog());
        String label = HostLabel.of(r.host(), r.delegatedTo(), clean);
        String item = itemLabel(r, clean);
        TaskResult.Status status = r.result().status();
        if (status == TaskResult.Status.OK) {
            if (Actions.isInclude(r.action()) || !r.result().changed() && !settings.displayOkHosts()) {
                return;
            }
            taskBanner();
            boolean changed = r.result().changed();
            String msg = (changed ? "changed" : "ok") + ": [" + label + "] => (item=" + item + ")";
            CleanResult.forDebug(clean, r.action());
            if (dumper.isVerbose(clean, 0)) {
                msg += " => " + dumper.dump(clean);
            }
            display.display(msg, changed ? AnsiColor.CHANGED : AnsiColor.OK);
        } else if (status == TaskResult.Status.SKIPPED) {
            if (!settings.displaySkippedHosts()) {
                return;
            }
            taskBanner();
            CleanResult.forDebug(clean, r.action());
            String msg = "skipping: [" + r.host() + "] => (item=" + item + ") ";
            if (dumper.isVerbose(clean, 0)) {
                msg += " => " + dumper.dump(clean);
            }
            display.display(msg, AnsiColor.SKIP);
        } else {
            taskBanner();
            CleanResult.forDebug(clean, r.action());
            exception(clean);
            warnings.handle(clean);
            failure("failed: [" + label + "] (item=" + item + ") => " + dumper.dump(clean), AnsiColor.ERROR);
        }
    }

    /** Ansible's {@code _get_item_label} on the clean copy: a censored result has no item, so "None". */
    private static String itemLabel(ItemResult r, Map<String, Object> clean) {
        if (clean.containsKey("censored") && !clean.containsKey("item")) {
            return "None";
        }
        return PythonText.str(r.label());
    }

    private void exception(Map<String, Object> clean) {
        if (!clean.containsKey("exception")) {
            return;
        }
        String text = PythonText.str(clean.get("exception"));
        String msg;
        if (settings.verbosity() < 3) {
            String[] lines = text.strip().split("\n", -1);
            msg = "An exception occurred during task execution. To see the full traceback, use -vvv. The error was: "
                    + lines[lines.length - 1];
        } else {
            msg = "The full traceback is:\n" + text;
            clean.remove("exception");
        }
        failure(msg, AnsiColor.ERROR);
    }

    /** Failure lines go to stderr with {@code display_failed_stderr}. */
    private void failure(String msg, AnsiColor color) {
        display.emit(msg, color, settings.displayFailedStderr(), Display.Scope.BOTH);
    }

    @Override
    public void retrying(Retry retry) {
        String msg = "FAILED - RETRYING: [" + retry.host() + "]: " + retry.taskName() + " (" + retry.retriesLeft()
                + " retries left).";
        if (retry.result() != null) {
            Map<String, Object> clean = CleanResult.of(retry.result().values(), null, false);
            if (dumper.isVerbose(clean, 2)) {
                msg += "Result was: " + dumper.dump(clean);
            }
        }
        display.display(msg, AnsiColor.DEBUG);
    }

    @Override
    public void asyncPoll(AsyncEvent e) {
        display.display("ASYNC POLL on " + e.host() + ": jid=" + jid(e, false) + " started="
                + PythonText.str(e.started()) + " finished=" + PythonText.str(e.finished()), AnsiColor.DEBUG);
    }

    @Override
    public void asyncOk(AsyncEvent e) {
        display.display("ASYNC OK on " + e.host() + ": jid=" + jid(e, false), AnsiColor.DEBUG);
    }

    @Override
    public void asyncFailed(AsyncEvent e) {
        display.display("ASYNC FAILED on " + e.host() + ": jid=" + jid(e, true), AnsiColor.DEBUG);
    }

    private static String jid(AsyncEvent e, boolean lookInAsyncResult) {
        if (e.jid() != null && !e.jid().isEmpty()) {
            return e.jid();
        }
        Map<String, Object> values = e.result() == null ? Map.of() : e.result().values();
        Object jid = values.get("ansible_job_id");
        if ((jid == null || "".equals(jid)) && lookInAsyncResult && values.get("async_result") instanceof Map<?, ?> m) {
            jid = m.get("ansible_job_id");
        }
        return PythonText.str(jid);
    }

    @Override
    public void included(Included included) {
        String msg = "included: " + included.file() + " for " + String.join(", ", included.hosts());
        // Ansible's _get_item_label on the include's vars: a no_log include is censored, loop or not
        Object label = included.noLog() ? CleanResult.CENSORED_ITEM : included.label();
        if (Truth.isTrue(label)) {
            msg += " => (item=" + PythonText.str(label) + ")";
        }
        display.display(msg, AnsiColor.SKIP);
    }

    @Override
    public void handlerNotified(String handler, String host) {
        if (settings.verbosity() > 1) {
            display.emit("NOTIFIED HANDLER " + handler + " for " + host, AnsiColor.VERBOSE, false,
                    Display.Scope.SCREEN_ONLY);
        }
    }

    @Override
    public void verbose(int level, String message) {
        if (settings.verbosity() >= level) {
            display.display(message, AnsiColor.VERBOSE);
        }
    }

    @Override
    public void stats(RunStats stats) {
        new RecapPrinter(display, dumper).print(stats, settings.showCustomStats());
        dryRunBanner();
    }

    private void dryRunBanner() {
        if (settings.checkMode() && settings.checkModeMarkers()) {
            display.banner("DRY RUN");
        }
    }
}
