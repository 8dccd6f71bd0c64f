package io.jplay.executor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variable names Ansible warns about when a play defines them ({@code Found variable using reserved name}):
 * the keywords of plays, roles, blocks and tasks, and the templating globals (names as ansible-core 2.14 has them).
 */
final class ReservedNames {
    private static final Set<String> RESERVED = Set.of("action", "always", "any_errors_fatal", "args", "async",
            "async_val", "become", "become_exe", "become_flags", "become_method", "become_user", "block",
            "changed_when", "check_mode", "collections", "connection", "debugger", "delay", "delegate_facts",
            "delegate_to", "diff", "environment", "fact_path", "failed_when", "force_handlers", "gather_facts",
            "gather_subset", "gather_timeout", "handlers", "hosts", "ignore_errors", "ignore_unreachable",
            "local_action", "loop", "loop_control", "loop_with", "max_fail_percentage", "module_defaults", "name",
            "no_log", "notify", "order", "poll", "port", "post_tasks", "pre_tasks", "register", "remote_user",
            "rescue", "retries", "roles", "run_once", "serial", "strategy", "tags", "tasks", "throttle", "timeout",
            "until", "vars", "vars_files", "vars_prompt", "when", "with_",
            // the templating globals
            "cycler", "dict", "joiner", "lipsum", "lookup", "namespace", "now", "q", "query", "range", "undef");

    private ReservedNames() {
    }

    /** The reserved names among {@code names}, sorted; {@code vars} is never reported (Ansible sets it itself). */
    static List<String> among(Set<String> names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            if (RESERVED.contains(n) && !n.equals("vars")) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }
}
