package io.jplay.playbook;

import java.util.Map;

/**
 * The keywords that plays, blocks, roles and tasks share and that a task inherits from its
 * enclosing block and play when it does not set them itself. Every field is {@code null} when not
 * written; values are kept as written (they may be templates).
 */
public record Keywords(
        Object become,
        Object becomeUser,
        Object becomeMethod,
        Object becomeFlags,
        Object remoteUser,
        Object connection,
        Object port,
        Object environment,
        Object ignoreErrors,
        Object ignoreUnreachable,
        Object checkMode,
        Object diff,
        Object noLog,
        Object anyErrorsFatal,
        Object delegateTo,
        Object runOnce,
        Object timeout,
        Map<String, Object> moduleDefaults) {

    public static final Keywords NONE = new Keywords(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    /** These keywords with every unset field taken from {@code outer}. */
    public Keywords inheritFrom(Keywords outer) {
        return new Keywords(
                or(become, outer.become), or(becomeUser, outer.becomeUser), or(becomeMethod, outer.becomeMethod),
                or(becomeFlags, outer.becomeFlags), or(remoteUser, outer.remoteUser),
                or(connection, outer.connection), or(port, outer.port), environments(outer.environment, environment),
                or(ignoreErrors, outer.ignoreErrors), or(ignoreUnreachable, outer.ignoreUnreachable),
                or(checkMode, outer.checkMode), or(diff, outer.diff), or(noLog, outer.noLog),
                or(anyErrorsFatal, outer.anyErrorsFatal), or(delegateTo, outer.delegateTo),
                or(runOnce, outer.runOnce), or(timeout, outer.timeout), defaults(outer.moduleDefaults, moduleDefaults));
    }

    /** {@code environment} accumulates: the outer one first, the inner one's keys winning. */
    private static Object environments(Object outer, Object inner) {
        if (outer == null) {
            return inner;
        }
        if (inner == null) {
            return outer;
        }
        java.util.List<Object> all = new java.util.ArrayList<>();
        for (Object e : new Object[] {outer, inner}) {
            if (e instanceof java.util.List<?> l) {
                all.addAll(l);
            } else {
                all.add(e);
            }
        }
        return all;
    }

    /** {@code module_defaults} extend: the outer entries first, an inner entry replacing the outer one of its key. */
    private static Map<String, Object> defaults(Map<String, Object> outer, Map<String, Object> inner) {
        if (outer == null || inner == null) {
            return inner != null ? inner : outer;
        }
        Map<String, Object> merged = new java.util.LinkedHashMap<>(outer);
        merged.putAll(inner);
        return merged;
    }

    private static <T> T or(T inner, T outer) {
        return inner != null ? inner : outer;
    }
}
