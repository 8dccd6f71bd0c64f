package io.jplay.module.python;

import io.jplay.connection.ExecResult;
import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.module.PyText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what a module printed into its result, as Ansible's action base does: lines before the first
 * one starting with <code>{</code> are dropped, lines after the last one ending with <code>}</code>
 * become a warning, and output that still is no JSON object gives the {@code MODULE FAILURE} result
 * (with {@code module_stdout}, {@code module_stderr}, {@code rc}).
 */
public final class ModuleOutput {
    private static final String BECOME_SUCCESS = "BECOME-SUCCESS-";

    private ModuleOutput() {
    }

    /** The JSON text and the warnings about junk after it. */
    public record Filtered(String json, List<String> warnings) {
    }

    /**
     * Ansible's {@code _filter_non_json_lines} for objects.
     *
     * @throws IllegalArgumentException when there is no line starting an object or none ending one
     */
    public static Filtered filterNonJsonLines(String data) {
        List<String> lines = PyText.splitlines(data);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("{")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("No start of json char found");
        }
        lines = lines.subList(start, lines.size());
        int end = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).strip().endsWith("}")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IllegalArgumentException("No end of json char found");
        }
        List<String> warnings = new ArrayList<>();
        List<String> trailing = lines.subList(end + 1, lines.size());
        if (trailing.stream().anyMatch(l -> !l.strip().isEmpty())) {
            warnings.add("Module invocation had junk after the JSON data: " + String.join("\n", trailing));
        }
        return new Filtered(String.join("\n", lines.subList(0, end + 1)), warnings);
    }

    /**
     * The module's result.
     *
     * @param interpreter the interpreter that ran it, for the "set the interpreter" hint, or {@code null}
     * @param junkWarnings receives warnings about junk after the JSON
     */
    public static Map<String, Object> parse(ExecResult result, String interpreter, List<String> junkWarnings) {
        String stdout = stripBecomeSuccess(result.stdoutText());
        String stderr = result.stderrText();
        try {
            Filtered filtered = filterNonJsonLines(stdout);
            if (JsonParser.parse(filtered.json()) instanceof Map<?, ?> map) {
                junkWarnings.addAll(filtered.warnings());
                @SuppressWarnings("unchecked")
                Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) map);
                data.put("_ansible_parsed", true);
                return data;
            }
        } catch (IllegalArgumentException | JsonException e) {
            // not a result: reported as a module failure below
        }
        return failure(result.rc(), stdout, stderr, interpreter);
    }

    private static Map<String, Object> failure(int rc, String stdout, String stderr, String interpreter) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("failed", true);
        data.put("_ansible_parsed", false);
        data.put("module_stdout", stdout);
        data.put("module_stderr", stderr);
        if (stderr.startsWith("Traceback")) {
            data.put("exception", stderr);
        } else if (stdout.startsWith("Traceback")) {
            data.put("exception", stdout);
        }
        String msg = "MODULE FAILURE";
        if (interpreter != null) {
            Pattern missing = Pattern.compile(Pattern.quote(interpreter.replaceFirst("^[!#]+", ""))
                    + ": (?:No such file or directory|not found)");
            if (missing.matcher(stderr).find() || missing.matcher(stdout).find()) {
                msg = "The module failed to execute correctly, you probably need to set the interpreter.";
            }
        }
        data.put("msg", msg + "\nSee stdout/stderr for the exact error");
        data.put("rc", (long) rc);
        return data;
    }

    private static String stripBecomeSuccess(String data) {
        if (!data.strip().startsWith(BECOME_SUCCESS)) {
            return data;
        }
        return data.replaceFirst("^((\\r)?\\n)?BECOME-SUCCESS.*(\\r)?\\n", "");
    }

    /**
     * Ansible's {@code remove_internal_keys}: {@code _ansible_*} keys a module returned (but
     * {@code _ansible_parsed}) are dropped with a warning, empty {@code warnings}/{@code deprecations}
     * go, and so do interpreter-discovery facts a module tried to set.
     */
    public static void removeInternalKeys(Map<String, Object> data, List<String> warnings) {
        for (String key : new ArrayList<>(data.keySet())) {
            if ((key.startsWith("_ansible_") && !key.equals("_ansible_parsed")) || key.equals("add_host")
                    || key.equals("add_group")) {
                warnings.add("Removed unexpected internal key in module return: " + key + " = "
                        + io.jplay.python.PyRepr.str(data.get(key)));
                data.remove(key);
            }
        }
        for (String key : List.of("warnings", "deprecations")) {
            if (data.containsKey(key) && isEmpty(data.get(key))) {
                data.remove(key);
            }
        }
        if (data.get("ansible_facts") instanceof Map<?, ?> facts) {
            facts.keySet().removeIf(k -> String.valueOf(k).startsWith("discovered_interpreter_")
                    || String.valueOf(k).startsWith("ansible_discovered_interpreter_"));
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof java.util.Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty() || "".equals(value)
                || value instanceof Number n && n.doubleValue() == 0;
    }
}
