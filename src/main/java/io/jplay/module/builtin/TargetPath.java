package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleContext;
import java.util.List;

/**
 * A {@code path}-typed module argument as ansible-core's argument spec leaves it on the target:
 * {@code os.path.expanduser(os.path.expandvars(value))}, evaluated as the user the module runs as
 * (the become user). A path without {@code $} or a leading {@code ~} needs no exec.
 */
final class TargetPath {
    private TargetPath() {
    }

    static boolean needsExpansion(String path) {
        return path != null && (path.startsWith("~") || path.indexOf('$') >= 0);
    }

    /** The expanded path; one exec when {@link #needsExpansion} says so, else {@code path} itself. */
    static String expand(ModuleContext ctx, String path) throws ConnectionException {
        if (!needsExpansion(path)) {
            return path;
        }
        ExpandedWords words = ExpandedWords.of(List.of(path));
        String out = RemoteFiles.exec(ctx, words.prelude() + "printf '%s' " + words.words().get(0)).stdoutText();
        return out.isEmpty() ? path : out;
    }
}
