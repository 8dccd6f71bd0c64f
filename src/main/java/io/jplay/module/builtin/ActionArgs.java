package io.jplay.module.builtin;

import io.jplay.module.ModuleException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks of controller-side actions that take free arguments instead of an argument spec. */
final class ActionArgs {
    private ActionArgs() {
    }

    /** Fails with {@code Invalid options for <action>: a,b} when an argument is not in {@code valid}. */
    static void requireValid(String action, Map<String, Object> args, Set<String> valid) throws ModuleException {
        TreeSet<String> bad = new TreeSet<>(args.keySet());
        bad.removeAll(valid);
        bad.removeIf(k -> k.startsWith("_ansible_"));
        if (!bad.isEmpty()) {
            throw new ModuleException("Invalid options for " + action + ": " + String.join(",", bad));
        }
    }
}
