package io.jplay.playbook.parse;

import java.util.List;
import java.util.Set;

/** The attribute names Ansible accepts on plays, blocks and tasks (ansible-core 2.14). */
final class TaskKeywords {

    static final Set<String> TASK = Set.of("action", "any_errors_fatal", "args", "async", "become", "become_exe",
            "become_flags", "become_method", "become_user", "changed_when", "check_mode", "collections",
            "connection", "debugger", "delay", "delegate_facts", "delegate_to", "diff", "environment", "failed_when",
            "ignore_errors", "ignore_unreachable", "loop", "loop_control", "module_defaults", "name", "no_log",
            "notify", "poll", "port", "register", "remote_user", "retries", "run_once", "tags", "throttle",
            "timeout", "until", "vars", "when", "local_action", "listen");

    /**
     * The keywords of {@code include_tasks} and {@code include_role} (Ansible's {@code VALID_INCLUDE_KEYWORDS}),
     * with {@code listen} for includes among handlers.
     */
    static final Set<String> INCLUDE = Set.of("action", "args", "collections", "debugger", "ignore_errors", "loop",
            "loop_control", "name", "no_log", "register", "run_once", "tags", "timeout", "vars", "when", "listen");
    static final Set<String> BLOCK = Set.of("always", "any_errors_fatal", "become", "become_exe", "become_flags",
            "become_method", "become_user", "block", "check_mode", "collections", "connection", "debugger",
            "delegate_facts", "delegate_to", "diff", "environment", "ignore_errors", "ignore_unreachable",
            "module_defaults", "name", "no_log", "notify", "port", "remote_user", "rescue", "run_once", "tags",
            "throttle", "timeout", "vars", "when");

    static final Set<String> PLAY = Set.of("any_errors_fatal", "become", "become_exe", "become_flags",
            "become_method", "become_user", "check_mode", "collections", "connection", "debugger", "diff",
            "environment", "fact_path", "force_handlers", "gather_facts", "gather_subset", "gather_timeout",
            "handlers", "hosts", "ignore_errors", "ignore_unreachable", "max_fail_percentage", "module_defaults",
            "name", "no_log", "order", "port", "post_tasks", "pre_tasks", "remote_user", "roles", "run_once",
            "serial", "strategy", "tags", "tasks", "throttle", "timeout", "vars", "vars_files", "vars_prompt");

    /** Free-form modules: their text is a command line, only a few {@code k=v} keys are split out. */
    static final Set<String> FREEFORM = Set.of("command", "win_command", "shell", "win_shell", "raw", "script");

    /** Modules that may have {@code _raw_params}, in the order the error message lists them. */
    static final List<String> RAW_PARAM_MODULES = List.of("command", "win_command", "shell", "win_shell", "raw",
            "script", "include", "include_vars", "include_tasks", "include_role", "import_tasks", "import_role",
            "add_host", "group_by", "set_fact", "meta");

    /** Actions the parser itself understands, whatever the module catalogue says. */
    static final Set<String> BUILTIN = Set.of("meta", "include", "include_tasks", "include_role", "import_tasks",
            "import_role");

    private TaskKeywords() {
    }

    /** {@code ansible.builtin.x} and {@code ansible.legacy.x} give {@code x}; other names are kept. */
    static String shortName(String action) {
        for (String prefix : List.of("ansible.builtin.", "ansible.legacy.")) {
            if (action.startsWith(prefix)) {
                return action.substring(prefix.length());
            }
        }
        return action;
    }
}
