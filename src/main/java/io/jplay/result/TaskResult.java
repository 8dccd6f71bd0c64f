package io.jplay.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one task on one host (or one loop item): a closed status, the changed flag and the
 * Ansible-shaped result dictionary that {@code register} stores.
 *
 * <p>The status is derived from the dictionary in exactly one place, {@link #of(Map)}, with
 * Ansible's rules: {@code unreachable} wins, then {@code failed} (truthy, so 1 counts), then
 * {@code skipped}; {@code changed} is the truthiness of the key.
 */
public record TaskResult(Status status, boolean changed, Map<String, Object> values) {

    /**
     * An internal key (dropped from registered values and callbacks, as every {@code _ansible_*} key) of a failure
     * that left its action plugin: Ansible's executor returns it as it is, without the {@code _ansible_no_log} key it
     * adds to every result a plugin returns.
     */
    public static final String ACTION_FAILED = "_ansible_action_failed";

    /** The closed set of per-host outcomes. */
    public enum Status { OK, FAILED, SKIPPED, UNREACHABLE }

    public TaskResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Classifies an Ansible-shaped result dictionary. */
    public static TaskResult of(Map<String, Object> values) {
        Status status;
        if (Truth.isTrue(values.get("unreachable"))) {
            status = Status.UNREACHABLE;
        } else if (Truth.isTrue(values.get("failed"))) {
            status = Status.FAILED;
        } else if (Truth.isTrue(values.get("skipped"))) {
            status = Status.SKIPPED;
        } else {
            status = Status.OK;
        }
        return new TaskResult(status, Truth.isTrue(values.get("changed")), values);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public boolean skipped() {
        return status == Status.SKIPPED;
    }

    public boolean unreachable() {
        return status == Status.UNREACHABLE;
    }
}
