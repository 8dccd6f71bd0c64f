package io.jplay.output;

import java.util.Set;

/** Action names that renderers treat specially, with their {@code ansible.builtin.}/{@code ansible.legacy.} forms. */
final class Actions {
    private static final Set<String> DEBUG = internal("debug");
    private static final Set<String> NO_JSON = Set.of("command", "ansible.builtin.command", "ansible.legacy.command",
            "shell", "ansible.builtin.shell", "ansible.legacy.shell", "raw", "ansible.builtin.raw",
            "ansible.legacy.raw", "win_command", "ansible.builtin.win_command", "ansible.legacy.win_command",
            "win_shell", "ansible.builtin.win_shell", "ansible.legacy.win_shell", "ansible.windows.win_command",
            "ansible.windows.win_shell");
    private static final Set<String> INCLUDES = Set.of("include_tasks", "ansible.builtin.include_tasks",
            "ansible.legacy.include_tasks", "include_role", "ansible.builtin.include_role",
            "ansible.legacy.include_role", "include", "ansible.builtin.include", "ansible.legacy.include");

    private Actions() {
    }

    private static Set<String> internal(String name) {
        return Set.of(name, "ansible.builtin." + name, "ansible.legacy." + name);
    }

    static boolean isDebug(String action) {
        return action != null && DEBUG.contains(action);
    }

    /** Modules whose ad-hoc output is the text form {@code host | CHANGED | rc=0 >>} ({@code MODULE_NO_JSON}). */
    static boolean isNoJson(String action) {
        return action != null && NO_JSON.contains(action);
    }

    /** Dynamic includes (Ansible's {@code TaskInclude} tasks), whose own results print no host line. */
    static boolean isInclude(String action) {
        return action != null && INCLUDES.contains(action);
    }
}
