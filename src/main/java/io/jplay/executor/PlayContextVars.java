package io.jplay.executor;

import io.jplay.inventory.Host;
import io.jplay.template.Templater;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection variables Ansible's play context adds to a task's variables where they are not set
 * ({@code PlayContext.update_vars}): the address the task reaches ({@code ansible_host},
 * {@code ansible_ssh_host}), the connection type and the timeout. A task's conditions and arguments
 * see them (so does {@code lookup('vars', 'ansible_host')}); {@code hostvars} does not.
 */
final class PlayContextVars {
    private PlayContextVars() {
    }

    /** The variables to add on top of {@code vars}: only names {@code vars} lacks. */
    static Map<String, Object> missing(Map<String, Object> vars, Host host, TaskContext tc, RunOptions options) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object address = vars.containsKey("ansible_ssh_host") ? vars.get("ansible_ssh_host") : vars.get("ansible_host");
        Object remoteAddr = address != null ? address : host.name();
        putIfMissing(out, vars, "ansible_ssh_host", remoteAddr);
        putIfMissing(out, vars, "ansible_host", remoteAddr);
        Object keyword = tc.keywords().connection();
        String connection = keyword instanceof String s && !Templater.isTemplate(s) ? s
                : options.connection() != null ? options.connection() : "ssh";
        putIfMissing(out, vars, "ansible_connection", connection);
        putIfMissing(out, vars, "ansible_timeout", options.timeout().toSeconds());
        return out;
    }

    private static void putIfMissing(Map<String, Object> out, Map<String, Object> vars, String name, Object value) {
        if (!vars.containsKey(name)) {
            out.put(name, value);
        }
    }
}
