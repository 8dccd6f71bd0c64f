package io.jplay.config;

import java.util.Locale;
import java.util.Set;

/** Ansible's {@code boolean()} conversion, non-strict: unknown text is false. */
public final class AnsibleBoolean {
    private static final Set<String> TRUE = Set.of("y", "yes", "on", "1", "true", "t", "1.0");

    private AnsibleBoolean() {
    }

    /** True for {@code yes on true t y 1 1.0} in any case (surrounding space ignored); else false. */
    public static boolean parse(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null) {
            return false;
        }
        return TRUE.contains(value.toString().strip().toLowerCase(Locale.ROOT));
    }
}
