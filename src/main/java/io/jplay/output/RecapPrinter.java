package io.jplay.output;

import java.util.Map;
import java.util.TreeMap;

/** The {@code PLAY RECAP} block and the optional {@code CUSTOM STATS} block of the default callback. */
final class RecapPrinter {
    private final Display display;
    private final ResultDumper dumper;

    RecapPrinter(Display display, ResultDumper dumper) {
        this.display = display;
        this.dumper = dumper;
    }

    void print(RunStats stats, boolean showCustomStats) {
        display.banner("PLAY RECAP");
        stats.hosts().forEach((host, s) -> {
            display.emit(line(host, s, display.colored()), null, false, Display.Scope.SCREEN_ONLY);
            display.emit(line(host, s, false), null, false, Display.Scope.LOG_ONLY);
        });
        display.emit("", null, false, Display.Scope.SCREEN_ONLY);
        if (showCustomStats && !stats.custom().isEmpty()) {
            customStats(stats.custom());
        }
    }

    static String line(String host, RunStats.HostStats s, boolean color) {
        return hostField(host, s, color) + " : " + counter("ok", s.ok(), AnsiColor.OK, color) + " "
                + counter("changed", s.changed(), AnsiColor.CHANGED, color) + " "
                + counter("unreachable", s.unreachable(), AnsiColor.UNREACHABLE, color) + " "
                + counter("failed", s.failed(), AnsiColor.ERROR, color) + " "
                + counter("skipped", s.skipped(), AnsiColor.SKIP, color) + " "
                + counter("rescued", s.rescued(), AnsiColor.OK, color) + " "
                + counter("ignored", s.ignored(), AnsiColor.WARN, color);
    }

    private static String hostField(String host, RunStats.HostStats s, boolean color) {
        if (!color) {
            return pad(host, 26);
        }
        AnsiColor c = s.failed() != 0 || s.unreachable() != 0 ? AnsiColor.ERROR
                : s.changed() != 0 ? AnsiColor.CHANGED : AnsiColor.OK;
        return pad(c.paint(host), 37);
    }

    private static String counter(String name, int n, AnsiColor c, boolean color) {
        String text = name + "=" + pad(Integer.toString(n), 4);
        return n != 0 && color ? c.paint(text) : text;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private void customStats(Map<String, Object> custom) {
        display.banner("CUSTOM STATS: ");
        for (Map.Entry<String, Object> e : new TreeMap<>(custom).entrySet()) {
            if (!e.getKey().equals("_run")) {
                display.display("\t" + e.getKey() + ": " + oneLine(e.getValue()));
            }
        }
        if (custom.containsKey("_run")) {
            display.emit("", null, false, Display.Scope.SCREEN_ONLY);
            display.display("\tRUN: " + oneLine(custom.get("_run")));
        }
        display.emit("", null, false, Display.Scope.SCREEN_ONLY);
    }

    @SuppressWarnings("unchecked")
    private String oneLine(Object value) {
        if (value instanceof Map<?, ?> m) {
            return dumper.dump((Map<String, Object>) m, 1).replace("\n", "");
        }
        return io.jplay.json.JsonWriter.python().sortKeys(true).ensureAscii(false).indent(1).write(value)
                .replace("\n", "");
    }
}
