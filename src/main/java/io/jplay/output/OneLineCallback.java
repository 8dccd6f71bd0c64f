package io.jplay.output;

import java.util.Map;

/** The {@code oneline} stdout callback ({@code ansible -o}): every host result on a single line. */
public final class OneLineCallback extends ScreenListener {
    private final ResultDumper dumper;
    private final int verbosity;

    public OneLineCallback(OutputSettings settings, Appendable out, Appendable err) {
        super(new ScreenDisplay(settings, out, err));
        this.dumper = new ResultDumper(settings.verbosity());
        this.verbosity = settings.verbosity();
    }

    @Override
    public void hostResult(HostResult r) {
        Map<String, Object> clean = CleanResult.of(r.result().values(), r.action(), r.noLog());
        String host = r.host();
        switch (r.result().status()) {
            case FAILED -> failed(host, r.action(), clean);
            case OK -> {
                boolean changed = r.result().changed();
                String state = changed ? "CHANGED" : "SUCCESS";
                AnsiColor color = changed ? AnsiColor.CHANGED : AnsiColor.OK;
                if (Actions.isNoJson(r.action()) && !clean.containsKey("ansible_job_id")) {
                    display.display(commandLine(host, clean, state), color);
                } else {
                    display.display(host + " | " + state + " => " + oneLine(clean), color);
                }
            }
            case SKIPPED -> display.display(host + " | SKIPPED", AnsiColor.SKIP);
            case UNREACHABLE -> display.display(host + " | UNREACHABLE!: "
                    + PythonText.str(clean.getOrDefault("msg", "")), AnsiColor.UNREACHABLE);
        }
    }

    private void failed(String host, String action, Map<String, Object> clean) {
        if (clean.containsKey("exception")) {
            String text = PythonText.str(clean.get("exception"));
            String msg;
            if (verbosity < 3) {
                String[] lines = text.strip().split("\n", -1);
                msg = "An exception occurred during task execution. To see the full traceback, use -vvv. "
                        + "The error was: " + lines[lines.length - 1];
            } else {
                msg = "An exception occurred during task execution. The full traceback is:\n" + text.replace("\n", "");
            }
            if (Actions.isNoJson(action) && !clean.containsKey("module_stderr")) {
                display.display(commandLine(host, clean, "FAILED"), AnsiColor.ERROR);
            } else {
                display.display(msg, AnsiColor.ERROR);
            }
        }
        display.display(host + " | FAILED! => " + oneLine(clean), AnsiColor.ERROR);
    }

    private String oneLine(Map<String, Object> clean) {
        return dumper.dump(clean, 0).replace("\n", "");
    }

    static String commandLine(String host, Map<String, Object> result, String caption) {
        String stdout = escape(PythonText.str(result.getOrDefault("stdout", "")));
        String line = host + " | " + caption + " | rc=" + PythonText.str(result.getOrDefault("rc", -1))
                + " | (stdout) " + stdout;
        Object stderr = result.get("stderr");
        if (stderr != null && !"".equals(stderr)) {
            line += " (stderr) " + escape(PythonText.str(stderr));
        }
        return line;
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    @Override
    public void verbose(int level, String message) {
        if (verbosity >= level) {
            display.display(message, AnsiColor.VERBOSE);
        }
    }
}
