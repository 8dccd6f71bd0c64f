package io.jplay.executor;

import io.jplay.playbook.Block;
import io.jplay.playbook.Play;
import io.jplay.playbook.Role;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The handlers a play knows before it runs, in the order Ansible lists them (which decides the order they
 * run and, for a name several share, which one a {@code notify} reaches): those of the roles its
 * {@code roles:} applies, then the play's own, then those of the roles {@code import_role} loads. Ansible
 * loads a play's task sections in the order pre_tasks, post_tasks, tasks, so their imports join in that
 * order. A handler can be listed more than once (a role loaded again); it still runs once per flush.
 */
final class PlayHandlers {

    private PlayHandlers() {
    }

    /** The handlers of the {@code roles:} section's roles, then the play's own. */
    static List<PlayPreparer.Handler> declared(Play play) {
        List<PlayPreparer.Handler> out = new ArrayList<>();
        Set<Role> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Role role : roles(play.roles())) {
            if (seen.add(role)) {
                role.handlers().forEach(t -> out.add(new PlayPreparer.Handler(t, role)));
            }
        }
        play.handlers().forEach(t -> out.add(new PlayPreparer.Handler(t, null)));
        return out;
    }

    /** The handlers of the roles {@code import_role} loads into the play's task sections. */
    static List<PlayPreparer.Handler> imported(Play play) {
        List<PlayPreparer.Handler> out = new ArrayList<>();
        for (List<TaskNode> section : List.of(play.preTasks(), play.postTasks(), play.tasks())) {
            for (Role role : roles(section)) {
                addLoaded(out, role);
            }
        }
        return out;
    }

    /**
     * Adds the handlers of a role a task loads ({@code import_role}, {@code include_role}) to {@code known}.
     * A role loaded before with the same parameters is, in Ansible, the very role loaded before: its handlers
     * join the list again as the same handlers, so they run once but now come last for a {@code notify} name.
     */
    static void addLoaded(List<PlayPreparer.Handler> known, Role role) {
        List<PlayPreparer.Handler> added = new ArrayList<>();
        for (Task handler : role.handlers()) {
            added.add(known.stream().filter(h -> HandlerNames.sameHandler(h, handler, role)).findFirst()
                    .orElse(new PlayPreparer.Handler(handler, role)));
        }
        known.addAll(added);
    }

    /** The roles of the blocks under {@code nodes}, a role after those it loads (its imports' roles). */
    static List<Role> roles(List<? extends TaskNode> nodes) {
        List<Role> out = new ArrayList<>();
        for (TaskNode node : nodes) {
            if (node instanceof Block b) {
                for (List<TaskNode> part : List.of(b.block(), b.rescue(), b.always())) {
                    out.addAll(roles(part));
                }
                if (b.role() != null) {
                    out.add(b.role());
                }
            }
        }
        return out;
    }
}
