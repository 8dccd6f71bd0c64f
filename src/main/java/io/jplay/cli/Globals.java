package io.jplay.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Run-wide magic variables: {@code ansible_version} (the ansible-core release jplay follows), config and inventory sources. */
final class Globals {
    static final String ANSIBLE_VERSION = "2.14.18";

    private Globals() {
    }

    static Map<String, Object> of(Session session) {
        Map<String, Object> g = new LinkedHashMap<>();
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("string", ANSIBLE_VERSION);
        version.put("full", ANSIBLE_VERSION);
        String[] parts = ANSIBLE_VERSION.split("\\.");
        version.put("major", Long.parseLong(parts[0]));
        version.put("minor", Long.parseLong(parts[1]));
        version.put("revision", Long.parseLong(parts[2]));
        g.put("ansible_version", version);
        g.put("ansible_playbook_python", PythonModuleSetup.playbookPython(session.config, session.env));
        session.config.configFile().ifPresent(p -> g.put("ansible_config_file", p.toString()));
        List<String> sources = session.cmd.inventory.isEmpty() ? session.config.inventory() : session.cmd.inventory;
        g.put("ansible_inventory_sources", sources.stream().map(s -> session.cwd.resolve(s).toString()).toList());
        return g;
    }
}
