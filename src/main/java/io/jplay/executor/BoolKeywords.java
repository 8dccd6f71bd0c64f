package io.jplay.executor;

import io.jplay.playbook.Keywords;
import io.jplay.python.PyBool;
import io.jplay.template.PythonRepr;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ansible's check of a task's boolean keywords ({@code become}, {@code ignore_errors}...) once their
 * templates are rendered, just before the action runs: a value that is not one of Ansible's booleans
 * ({@code become: maybe}, {@code ignore_errors: {a: 1}}) fails the task on that host.
 *
 * <p>Ansible checks {@code become} (or {@code ansible_become}), {@code no_log}, {@code check_mode} and
 * {@code diff} first, on its play context, whose message has no location but repeats the reason; the
 * task's own keywords come next, located in the playbook. Both messages show the value as written.
 */
final class BoolKeywords {
    private final Templater templater;

    BoolKeywords(Templater templater) {
        this.templater = templater;
    }

    /** {@code null} when every boolean keyword holds a boolean, else the task's failure. */
    TaskError check(TaskContext tc, Map<String, Object> vars) {
        Keywords k = tc.keywords();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("become", vars.containsKey("ansible_become") ? vars.get("ansible_become") : k.become());
        context.put("no_log", k.noLog());
        context.put("check_mode", k.checkMode());
        context.put("diff", k.diff());
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("ignore_errors", k.ignoreErrors());
        task.put("ignore_unreachable", k.ignoreUnreachable());
        task.put("run_once", k.runOnce());
        task.put("any_errors_fatal", k.anyErrorsFatal());
        task.put("delegate_facts", tc.task().delegateFacts());
        String failure = firstInvalid(context, vars);
        if (failure != null) {
            return new Invalid(failure + ". " + reason(failure));
        }
        failure = firstInvalid(task, vars);
        return failure == null ? null : new Invalid(failure + SourceSnippet.describe(tc.task().location()));
    }

    /** Whether a result is a failure of this check (Ansible then reads {@code ignore_errors} as written). */
    static boolean isInvalid(Map<String, Object> result) {
        return result instanceof Invalid;
    }

    private String firstInvalid(Map<String, Object> fields, Map<String, Object> vars) {
        Object omit = vars.get("omit");
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            Object value;
            try {
                value = templater.template(e.getValue(), vars);
            } catch (TemplateException undefined) {
                continue; // reported where the keyword is used, as before
            }
            if (value == null || value.equals(omit)) {
                continue;
            }
            try {
                PyBool.boolean_(value, true);
            } catch (IllegalArgumentException invalid) {
                return "the field '" + e.getKey() + "' has an invalid value (" + PythonRepr.str(e.getValue())
                        + "), and could not be converted to an bool.The error was: " + invalid.getMessage();
            }
        }
        return null;
    }

    private static String reason(String failure) {
        return failure.substring(failure.indexOf(".The error was: ") + ".The error was: ".length());
    }

    /** A task failed by this check. */
    private static final class Invalid extends TaskError {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }
}
