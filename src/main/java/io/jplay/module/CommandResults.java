package io.jplay.module;

import io.jplay.python.PyText;
import io.jplay.connection.ExecResult;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the result of a {@link RemoteScript.Form#COMMAND} script the way ansible's {@code command}
 * module shapes it: {@code changed: true, stdout, stderr, rc, start, end, delta, msg} (with
 * {@code failed: true} and {@code msg: "non-zero return code"} when rc is not 0), the script's fixed
 * keys, then {@code stdout_lines}/{@code stderr_lines}.
 */
public final class CommandResults {
    private CommandResults() {
    }

    /**
     * @param stripEmptyEnds whether trailing newlines are removed from stdout and stderr (command's default)
     */
    public static Map<String, Object> fromExec(ExecResult exec, LocalDateTime start, LocalDateTime end,
            boolean stripEmptyEnds, Map<String, Object> fixed) {
        String stdout = exec.stdoutText();
        String stderr = exec.stderrText();
        if (stripEmptyEnds) {
            stdout = PyText.rstripNewlines(stdout);
            stderr = PyText.rstripNewlines(stderr);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", true);
        result.put("stdout", stdout);
        result.put("stderr", stderr);
        result.put("rc", exec.rc());
        result.put("start", PyText.datetime(start));
        result.put("end", PyText.datetime(end));
        result.put("delta", PyText.timedelta(Duration.between(start, end)));
        result.put("msg", exec.rc() == 0 ? "" : "non-zero return code");
        if (exec.rc() != 0) {
            result.put("failed", true);
        }
        result.putAll(fixed);
        addLines(result);
        return result;
    }

    /**
     * The result of {@code raw} and {@code script}, which report their output as it came (no
     * start/end/delta, nothing stripped): {@code changed: true, rc, stdout, stderr}, {@code failed}
     * and {@code msg} when rc is not 0, then the lines.
     */
    public static Map<String, Object> fromRawExec(ExecResult exec) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", true);
        result.put("rc", exec.rc());
        result.put("stdout", exec.stdoutText());
        result.put("stderr", exec.stderrText());
        if (exec.rc() != 0) {
            result.put("failed", true);
            result.put("msg", "non-zero return code");
        }
        addLines(result);
        return result;
    }

    /** Adds {@code stdout_lines}/{@code stderr_lines} for string {@code stdout}/{@code stderr} where missing. */
    public static void addLines(Map<String, Object> result) {
        if (result.get("stdout") instanceof String out) {
            result.putIfAbsent("stdout_lines", PyText.splitlines(out));
        }
        if (result.get("stderr") instanceof String err) {
            result.putIfAbsent("stderr_lines", PyText.splitlines(err));
        }
    }
}
