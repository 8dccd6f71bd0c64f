package io.jplay.inventory;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a YAML inventory as Ansible's yaml plugin: top-level groups, each with optional
 * {@code hosts}, {@code children} and {@code vars} mappings; host names may hold ranges and ports.
 */
final class YamlInventoryParser {
    private final InventoryBuilder inv;
    private final Consumer<String> warnings;

    YamlInventoryParser(InventoryBuilder inv, Consumer<String> warnings) {
        this.inv = inv;
        this.warnings = warnings;
    }

    /** Checks the document's shape; throws when it is not a YAML inventory (so INI may try). */
    static void checkShape(Object data) {
        if (data == null || (data instanceof Map<?, ?> m && m.isEmpty())) {
            throw new InventoryException("Parsed empty YAML file");
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new InventoryException("YAML inventory has invalid structure, it should be a dictionary, got: "
                    + PythonTypes.yamlName(data));
        }
        Object plugin = map.get("plugin");
        if (plugin != null && !Boolean.FALSE.equals(plugin) && !"".equals(plugin)) {
            throw new InventoryException("Plugin configuration YAML file, not YAML inventory");
        }
    }

    void parse(Object data) {
        checkShape(data);
        for (Map.Entry<?, ?> e : ((Map<?, ?>) data).entrySet()) {
            group(String.valueOf(e.getKey()), e.getValue());
        }
    }

    private String group(String rawName, Object data) {
        if (data != null && !(data instanceof Map)) {
            warnings.accept("Skipping '" + rawName + "' as this is not a valid group definition");
            return rawName;
        }
        String name = inv.addGroup(rawName).name;
        if (data == null) {
            return name;
        }
        Map<?, ?> map = (Map<?, ?>) data;
        for (String section : List.of("vars", "children", "hosts")) {
            Object v = map.get(section);
            if (v != null && !(v instanceof Map) && !(v instanceof String)) {
                throw new InventoryException("Invalid \"" + section + "\" entry for \"" + name
                        + "\" group, requires a dictionary, found \"" + PythonTypes.yamlName(v) + "\" instead.");
            }
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            boolean knownSection = key.equals("vars") || key.equals("children") || key.equals("hosts");
            if (value instanceof String s && knownSection) {
                value = java.util.Collections.singletonMap(s, null);
            }
            if (value != null && !(value instanceof Map)) {
                warnings.accept("Skipping key (" + key + ") in group (" + name + ") as it is not a mapping, it is a "
                        + PythonTypes.yamlName(value));
                continue;
            }
            if (value == null) {
                continue;
            }
            Map<?, ?> section = (Map<?, ?>) value;
            switch (key) {
                case "vars" -> section.forEach((k, v) -> inv.setGroupVar(name, String.valueOf(k), v));
                case "children" -> section.forEach((k, v) -> inv.addChild(name, group(String.valueOf(k), v)));
                case "hosts" -> section.forEach((k, v) -> hosts(name, String.valueOf(k), v));
                default -> warnings.accept("Skipping unexpected key (" + key + ") in group (" + name
                        + "), only \"vars\", \"children\" and \"hosts\" are valid");
            }
        }
        return name;
    }

    private void hosts(String group, String pattern, Object vars) {
        HostNames.Address address = HostNames.parseAddress(pattern);
        Map<?, ?> hostVars = vars instanceof Map<?, ?> m ? m : Map.of();
        if (vars != null && !(vars instanceof Map)) {
            throw new InventoryException("Invalid variables for host " + pattern + ", requires a dictionary, found "
                    + PythonTypes.yamlName(vars));
        }
        for (String name : HostNames.expand(address.pattern())) {
            inv.addHost(name, group, address.port());
            hostVars.forEach((k, v) -> inv.setHostVar(name, String.valueOf(k), v));
        }
    }
}
