package io.jplay.async;

import io.jplay.python.PyText;
import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a job file the way Ansible's {@code async_status} action and module do, so files written
 * by jplay's wrapper and by Ansible's {@code async_wrapper.py} give the same results.
 *
 * <ul>
 *   <li>missing file: failed, {@code msg: "could not find job"}, {@code started: 1, finished: 1};</li>
 *   <li>empty, partial or invalid JSON (or not an object): still running, {@code started: 1, finished: 0};</li>
 *   <li>no {@code started} key: a final record, {@code finished: 1} and {@code ansible_job_id} added;</li>
 *   <li>otherwise {@code finished} defaults to 0.</li>
 * </ul>
 */
public final class JobFile {

    private JobFile() {
    }

    /**
     * The {@code async_status} module's own result for a job file.
     *
     * @param text the file's text, or {@code null} when the file does not exist
     * @param invocation the module's {@code module_args}, added when the record has no {@code invocation}
     */
    public static Map<String, Object> moduleResult(String jid, String path, String text, Map<String, Object> invocation) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (text == null) {
            result.put("msg", "could not find job");
            result.put("ansible_job_id", jid);
            result.put("started", 1L);
            result.put("finished", 1L);
            result.put("failed", true);
        } else {
            Map<String, Object> record = parse(text);
            if (record == null) {
                result.put("results_file", path);
                result.put("ansible_job_id", jid);
                result.put("started", 1L);
                result.put("finished", 0L);
            } else {
                result.putAll(record);
                if (!record.containsKey("started")) {
                    result.put("finished", 1L);
                    result.put("ansible_job_id", jid);
                } else if (!record.containsKey("finished")) {
                    result.put("finished", 0L);
                }
            }
        }
        if (!result.containsKey("invocation")) {
            result.put("invocation", Map.of("module_args", invocation));
        }
        return result;
    }

    /**
     * The merged result of the {@code async_status} action for mode {@code status}: the action's
     * defaults ({@code started: 0, finished: 0}, empty stdout/stderr and their {@code _lines}), then
     * {@code results_file} and {@code started: 1}, then the module result over them; finally
     * {@code stdout_lines}/{@code stderr_lines} derived from stdout/stderr where the record has text.
     */
    public static Map<String, Object> statusResult(String jid, String path, String text, Map<String, Object> invocation) {
        Map<String, Object> result = actionDefaults(jid);
        result.put("results_file", path);
        result.put("started", 1L);
        result.putAll(moduleResult(jid, path, text, invocation));
        addLines(result, "stdout");
        addLines(result, "stderr");
        return result;
    }

    /** The action's initial result, before the module result is merged in. */
    static Map<String, Object> actionDefaults(String jid) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("started", 0L);
        result.put("finished", 0L);
        result.put("stdout", "");
        result.put("stderr", "");
        result.put("stdout_lines", new ArrayList<>());
        result.put("stderr_lines", new ArrayList<>());
        result.put("ansible_job_id", jid);
        return result;
    }

    /** Whether a status result says the job has ended (Ansible's {@code int(finished) == 1}). */
    public static boolean isFinished(Map<String, Object> status) {
        Object finished = status.get("finished");
        if (finished instanceof Boolean b) {
            return b;
        }
        if (finished instanceof Number n) {
            return n.longValue() == 1;
        }
        if (finished instanceof String s) {
            return s.trim().equals("1");
        }
        return false;
    }

    /** The record as a map, or {@code null} when the text is not a JSON object (the job counts as running). */
    static Map<String, Object> parse(String text) {
        try {
            Object value = JsonParser.parse(text);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> record = new LinkedHashMap<>();
                map.forEach((k, v) -> record.put(String.valueOf(k), v));
                return record;
            }
            return null;
        } catch (JsonException | RuntimeException e) {
            return null;
        }
    }

    private static void addLines(Map<String, Object> result, String key) {
        Object text = result.get(key);
        Object lines = result.get(key + "_lines");
        boolean empty = lines == null || (lines instanceof List<?> l && l.isEmpty());
        if (text instanceof String s && !s.isEmpty() && empty) {
            result.put(key + "_lines", splitLines(s));
        }
    }

    /** Python's {@code str.splitlines()}. */
    static List<String> splitLines(String s) {
        return io.jplay.python.PyText.splitlines(s);
    }

}
