package io.jplay.executor;

import io.jplay.playbook.Block;
import io.jplay.playbook.Play;
import io.jplay.playbook.Role;
import io.jplay.playbook.TaskNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The defaults and vars of every role a play's {@code roles:} applies, dependencies included, in the order
 * they run: what Ansible's variables of a play without a host take from its roles.
 */
record RoleScopes(List<Map<String, Object>> defaults, List<Map<String, Object>> vars) {

    RoleScopes {
        defaults = List.copyOf(defaults);
        vars = List.copyOf(vars);
    }

    static RoleScopes of(Play play) {
        List<Role> roles = new ArrayList<>();
        collect(play.roles(), roles, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new RoleScopes(roles.stream().map(Role::defaults).toList(), roles.stream().map(Role::vars).toList());
    }

    private static void collect(List<? extends TaskNode> nodes, List<Role> out, Set<Role> seen) {
        for (TaskNode node : nodes) {
            if (node instanceof Block b) {
                collect(b.block(), out, seen);
                if (b.role() != null && seen.add(b.role())) {
                    out.add(b.role());
                }
            }
        }
    }
}
