package io.jplay.executor;

import java.util.LinkedHashMap;

/**
 * The result of a task that failed before its action ran (its arguments or condition could not be
 * templated): Ansible returns only {@code failed} and {@code msg}, without the {@code changed}
 * every other result gets, and retries, {@code failed_when} and {@code changed_when} do not apply.
 */
class TaskError extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    TaskError(String message) {
        put("failed", true);
        put("msg", message);
    }
}
