package io.jplay.output;

import java.util.Map;

/**
 * The {@code minimal} stdout callback, ad-hoc {@code ansible}'s default: one block per host,
 * {@code host | SUCCESS => {json}}, or the text form {@code host | CHANGED | rc=0 >>} for command-like modules.
 * Async, item, retry and banner events print nothing.
 */
public final class MinimalCallback extends ScreenListener {
    private final ResultDumper dumper;
    private final ResultWarnings warnings;
    private final int verbosity;
    private final DiffText diffText;

    public MinimalCallback(OutputSettings settings, Appendable out, Appendable err) {
        super(new ScreenDisplay(settings, out, err));
        this.dumper = new ResultDumper(settings.verbosity());
        this.warnings = new ResultWarnings(display);
        this.verbosity = settings.verbosity();
        this.diffText = new DiffText(settings.color(), settings.diffContext());
    }

    @Override
    public void hostResult(HostResult r) {
        Map<String, Object> clean = CleanResult.of(r.result().values(), r.action(), r.noLog());
        String host = r.host();
        switch (r.result().status()) {
            case FAILED -> {
                exception(clean);
                warnings.handle(clean);
                if (Actions.isNoJson(r.action()) && !clean.containsKey("module_stderr")) {
                    display.display(commandText(host, clean, "FAILED"), AnsiColor.ERROR);
                } else {
                    display.display(host + " | FAILED! => " + dumper.dump(clean, 4), AnsiColor.ERROR);
                }
            }
            case OK -> {
                CleanResult.forDebug(clean, r.action());
                warnings.handle(clean);
                boolean changed = r.result().changed();
                String state = changed ? "CHANGED" : "SUCCESS";
                AnsiColor color = changed ? AnsiColor.CHANGED : AnsiColor.OK;
                if (Actions.isNoJson(r.action()) && !clean.containsKey("ansible_job_id")) {
                    display.display(commandText(host, clean, state), color);
                } else {
                    display.display(host + " | " + state + " => " + dumper.dump(clean, 4), color);
                }
            }
            case SKIPPED -> display.display(host + " | SKIPPED", AnsiColor.SKIP);
            case UNREACHABLE -> display.display(host + " | UNREACHABLE! => " + dumper.dump(clean, 4),
                    AnsiColor.UNREACHABLE);
        }
    }

    @Override
    public void fileDiff(HostResult r) {
        Object diff = CleanResult.of(r.result().values(), r.action(), r.noLog()).get("diff");
        if (io.jplay.result.Truth.isTrue(diff)) {
            display.display(diffText.render(diff));
        }
    }

    /** {@code host | CHANGED | rc=0 >>} followed by stdout, stderr and msg run together. */
    static String commandText(String host, Map<String, Object> result, String caption) {
        return host + " | " + caption + " | rc=" + PythonText.str(result.getOrDefault("rc", -1)) + " >>\n"
                + PythonText.str(result.getOrDefault("stdout", "")) + PythonText.str(result.getOrDefault("stderr", ""))
                + PythonText.str(result.getOrDefault("msg", "")) + "\n";
    }

    private void exception(Map<String, Object> clean) {
        if (!clean.containsKey("exception")) {
            return;
        }
        String text = PythonText.str(clean.get("exception"));
        if (verbosity < 3) {
            String[] lines = text.strip().split("\n", -1);
            display.display("An exception occurred during task execution. To see the full traceback, use -vvv. "
                    + "The error was: " + lines[lines.length - 1], AnsiColor.ERROR);
        } else {
            display.display("An exception occurred during task execution. The full traceback is:\n" + text,
                    AnsiColor.ERROR);
            clean.remove("exception");
        }
    }

    @Override
    public void verbose(int level, String message) {
        if (verbosity >= level) {
            display.display(message, AnsiColor.VERBOSE);
        }
    }
}
