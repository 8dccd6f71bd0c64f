package io.jplay.cli;

import java.util.Set;

/** Actions the executor itself carries out rather than a module: includes, imports and {@code meta}. */
final class ControllerActions {
    static final Set<String> NAMES = Set.of("meta", "include_tasks", "import_tasks", "include_role", "import_role",
            "include", "import_playbook", "gather_facts");

    private ControllerActions() {
    }
}
