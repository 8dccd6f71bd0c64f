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
                or(connection, outer.connection), or(port, outer.port), or(environment, outer.environment),
                or(ignoreErrors, outer.ignoreErrors), or(ignoreUnreachable, outer.ignoreUnreachable),
                or(checkMode, outer.checkMode), or(diff, outer.diff), or(noLog, outer.noLog),
                or(anyErrorsFatal, outer.anyErrorsFatal), or(delegateTo, outer.delegateTo),
                or(runOnce, outer.runOnce), or(timeout, outer.timeout), or(moduleDefaults, outer.moduleDefaults));
    }

    private static <T> T or(T inner, T outer) {
        return inner != null ? inner : outer;
    }
}
