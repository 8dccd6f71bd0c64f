package io.jplay.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a task and one host's outcome into a JUnit test case with the junit callback's rules: the
 * name, the class name from the task path and the options, and the failure/error/skipped/system-out
 * content.
 */
final class JunitCaseBuilder {
    private static final Pattern COLUMN = Pattern.compile("^(.*:\\d+):\\d+$");
    private static final Pattern YML_LINE = Pattern.compile("\\.yml:[0-9]+$");

    private final JunitSettings settings;

    JunitCaseBuilder(JunitSettings settings) {
        this.settings = settings;
    }

    /** The task's name, followed by its raw arguments as {@code k=v, k=v} unless hidden or {@code no_log}. */
    String taskName(RunListener.TaskStart task, boolean noLog) {
        String name = (task.name() == null ? task.action() : task.name()).strip();
        if (!noLog && !settings.hideTaskArguments() && task.args() != null && !task.args().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            task.args().forEach((k, v) -> pairs.add(k + "=" + PythonText.str(v)));
            name += " " + String.join(", ", pairs);
        }
        return name;
    }

    JunitXml.Case build(JunitCallback.TaskRecord task, JunitCallback.HostRecord host, ResultDumper dumper) {
        String name = "[" + host.host() + "] " + task.play + ": " + task.name;
        double time = host.finished() - task.started;
        String classname = classname(task.start.path());
        if (host.status().equals("included")) {
            return JunitXml.Case.passed(name, classname, time, host.included());
        }
        Map<String, Object> res = host.result();
        String dump = dumper.dump(res, 0);
        switch (host.status()) {
            case "failed" -> {
                if (res.containsKey("exception")) {
                    String exception = PythonText.str(res.get("exception"));
                    String[] lines = exception.strip().split("\n", -1);
                    return new JunitXml.Case(name, classname, time,
                            List.of(new JunitXml.Problem(lines[lines.length - 1], exception)), List.of(), null, null);
                }
                String message = res.containsKey("msg") ? PythonText.str(res.get("msg"))
                        : "rc=" + PythonText.str(res.getOrDefault("rc", 0));
                return new JunitXml.Case(name, classname, time, List.of(),
                        List.of(new JunitXml.Problem(message, dump)), null, null);
            }
            case "skipped" -> {
                String reason = res.containsKey("skip_reason") ? PythonText.str(res.get("skip_reason")) : "skipped";
                return new JunitXml.Case(name, classname, time, List.of(), List.of(), reason, null);
            }
            default -> {
                return JunitXml.Case.passed(name, classname, time, dump);
            }
        }
    }

    /** The task path ({@code file:line}) as the class name, relative, out-of-tree-replaced and per-file as set. */
    String classname(String location) {
        if (location == null) {
            return null;
        }
        Matcher m = COLUMN.matcher(location);
        String classname = m.matches() ? m.group(1) : location;
        if (!settings.taskRelativePath().isEmpty()) {
            classname = relativePath(classname, settings.taskRelativePath());
        }
        if (settings.replaceOutOfTreePath() != null && classname.startsWith("../")) {
            classname = settings.replaceOutOfTreePath() + basename(classname);
        }
        if (settings.taskClass()) {
            classname = YML_LINE.matcher(classname).replaceFirst("");
        }
        return classname;
    }

    /** Python's {@code os.path.relpath}: both made absolute against the working directory, lexically. */
    private String relativePath(String path, String start) {
        Path from = settings.cwd().resolve(start).toAbsolutePath().normalize();
        Path to = settings.cwd().resolve(path).toAbsolutePath().normalize();
        String relative = from.relativize(to).toString();
        return relative.isEmpty() ? "." : relative;
    }

    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The result of an {@code include_tasks} task on a host: the file as written, or for a loop one
     * entry per item under {@code All items completed}.
     */
    static Map<String, Object> includeResult(Object file, List<Object> items) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", false);
        if (items.size() == 1 && items.get(0) == null) {
            result.put("include", file);
            result.put("include_args", Map.of());
            return result;
        }
        List<Object> results = new ArrayList<>();
        for (Object item : items) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("ansible_loop_var", "item");
            one.put("include", file);
            one.put("include_args", Map.of());
            one.put("item", item);
            results.add(one);
        }
        result.put("msg", "All items completed");
        result.put("results", results);
        return result;
    }

    /**
     * What Ansible prints for an included file: {@code path (args={} vars={...}): [hosts]}, the vars
     * being the loop variable {@code item}, its label and the no_log mark. Ansible shows the item of
     * a {@code no_log} include here in clear; jplay shows the censored label instead.
     */
    static String includedText(RunListener.Included included) {
        Map<String, Object> vars = new LinkedHashMap<>();
        if (included.item() != null) {
            vars.put("item", included.noLog() ? CleanResult.CENSORED_ITEM : included.item());
            vars.put("_ansible_item_label", included.noLog() ? CleanResult.CENSORED_ITEM : included.label());
        }
        if (included.noLog()) {
            vars.put("_ansible_no_log", true);
        }
        return included.file() + " (args={} vars=" + PythonText.repr(vars) + "): ["
                + String.join(", ", included.hosts()) + "]";
    }
}
