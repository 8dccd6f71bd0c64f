package io.jplay.vars;

import java.util.List;
import java.util.Map;

/**
 * Play-wide variables: the play's {@code vars} and loaded {@code vars_files}, and the magic
 * variables that are the same for every host of the play.
 *
 * @param roleDefaults the defaults of the roles the play's {@code roles:} applies (dependencies included), which
 *     every task sees below everything else
 * @param roleVars those roles' vars, which every task sees above the play's vars_files (Ansible's default
 *     {@code private_role_vars = False})
 */
public record PlayVars(Map<String, Object> vars, Map<String, Object> varsFiles, Map<String, Object> magic,
        List<String> playHosts, List<Map<String, Object>> roleDefaults, List<Map<String, Object>> roleVars) {

    public PlayVars {
        playHosts = List.copyOf(playHosts);
        roleDefaults = List.copyOf(roleDefaults);
        roleVars = List.copyOf(roleVars);
    }

    /** Play variables without roles. */
    public PlayVars(Map<String, Object> vars, Map<String, Object> varsFiles, Map<String, Object> magic,
            List<String> playHosts) {
        this(vars, varsFiles, magic, playHosts, List.of(), List.of());
    }
}
