package io.jplay.output;

import io.jplay.result.Truth;
import io.jplay.python.SharedValues;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy of a result that callbacks get (Ansible's {@code TaskResult.clean_copy}): {@code failed} and
 * {@code skipped} removed (the event says so already), internal {@code _ansible_*} keys removed except
 * the few callbacks use, and everything replaced by the {@code censored} notice under {@code no_log}.
 */
final class CleanResult {
    static final String CENSORED =
            "the output has been hidden due to the fact that 'no_log: true' was specified for this result";

    /** What Ansible's {@code _get_item_label} shows for the item of a {@code no_log} include. */
    static final String CENSORED_ITEM = "(censored due to no_log)";

    private static final Set<String> KEPT_INTERNAL = Set.of("_ansible_verbose_always", "_ansible_item_label",
            "_ansible_no_log", "_ansible_verbose_override");
    private static final List<String> KEPT_WHEN_CENSORED = List.of("attempts", "changed", "retries");
    private static final List<String> DELEGATED_VARS = List.of("ansible_host", "ansible_port", "ansible_user",
            "ansible_connection");
    private static final Set<String> DEBUG_KEEPS = Set.of("msg", "exception", "warnings", "deprecations");
    private static final List<String> DEBUG_HIDES = List.of("changed", "failed", "skipped", "invocation",
            "skip_reason");

    private CleanResult() {
    }

    static Map<String, Object> of(Map<String, Object> values, String action, boolean noLog) {
        Map<String, Object> delegated = delegatedSubset(values);
        Map<String, Object> clean;
        if (noLog || Truth.isTrue(values.get("_ansible_no_log"))) {
            clean = new LinkedHashMap<>();
            clean.put("censored", CENSORED);
            for (String key : KEPT_WHEN_CENSORED) {
                if (values.containsKey(key)) {
                    clean.put(key, values.get(key));
                }
            }
        } else {
            clean = copyMap(values);
            clean.remove("failed");
            clean.remove("skipped");
            if (Actions.isDebug(action)) {
                clean.remove("invocation");
            }
            stripInternal(clean, KEPT_INTERNAL);
        }
        if (delegated != null) {
            clean.put("_ansible_delegated_vars", delegated);
        }
        return clean;
    }

    private static Map<String, Object> delegatedSubset(Map<String, Object> values) {
        if (!(values.get("_ansible_delegated_vars") instanceof Map<?, ?> vars)) {
            return null;
        }
        Map<String, Object> subset = new LinkedHashMap<>();
        for (String key : DELEGATED_VARS) {
            if (vars.containsKey(key)) {
                subset.put(key, vars.get(key));
            }
        }
        return subset;
    }

    /** Ansible's {@code _clean_results}: a debug result shows only its message or its variable. */
    static void forDebug(Map<String, Object> clean, String action) {
        if (!Actions.isDebug(action)) {
            return;
        }
        if (clean.containsKey("msg")) {
            clean.keySet().removeIf(k -> !DEBUG_KEEPS.contains(k) && !k.startsWith("_"));
        } else {
            DEBUG_HIDES.forEach(clean::remove);
        }
    }

    /** Removes {@code _ansible_*} keys at every depth, except {@code kept}; shared containers once. */
    static void stripInternal(Object value, Set<String> kept) {
        stripInternal(value, kept, new IdentityHashMap<>());
    }

    private static void stripInternal(Object value, Set<String> kept, Map<Object, Boolean> seen) {
        if (!(value instanceof Map<?, ?>) && !(value instanceof List<?>) || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                if (e.getKey() instanceof String k && k.startsWith("_ansible_") && !kept.contains(k)) {
                    it.remove();
                } else {
                    stripInternal(e.getValue(), kept, seen);
                }
            }
        } else {
            ((List<?>) value).forEach(v -> stripInternal(v, kept, seen));
        }
    }

    /**
     * A mutable deep copy of maps and lists (other values are shared); a container shared by several
     * places (YAML aliases) is copied once and the copy shared the same way.
     */
    static Object deepCopy(Object value) {
        return SharedValues.copy(value, v -> v);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copyMap(Map<String, ?> map) {
        return (Map<String, Object>) SharedValues.copy(map, v -> v);
    }
}
