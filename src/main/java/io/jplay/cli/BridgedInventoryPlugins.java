package io.jplay.cli;

import io.jplay.inventory.ForeignInventoryPlugins;
import io.jplay.inventory.InventoryException;
import io.jplay.plugin.PluginException;
import io.jplay.plugin.PluginKind;
import io.jplay.plugin.PluginVariables;
import io.jplay.plugin.PythonPlugins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Inventory plugins jplay does not implement, run by ansible-core's inventory loader in the run's
 * plugin co-process (started only when a source or {@code enable_plugins} names such a plugin).
 */
final class BridgedInventoryPlugins implements ForeignInventoryPlugins {
    private final PythonPlugins plugins;
    private final Consumer<String> warnings;

    BridgedInventoryPlugins(PythonPlugins plugins, Consumer<String> warnings) {
        this.plugins = plugins;
        this.warnings = warnings;
    }

    @Override
    public boolean exists(String name) {
        try {
            return Boolean.TRUE.equals(call(name, "exists", "", Map.of()));
        } catch (PluginException e) {
            throw new InventoryException(e.getMessage(), e);
        }
    }

    @Override
    public boolean verify(String name, String source) {
        try {
            return Boolean.TRUE.equals(call(name, "verify", source, Map.of()));
        } catch (PluginException e) {
            return false;
        }
    }

    @Override
    public List<List<Object>> parse(String name, String source, Map<String, Object> state) {
        Object changes;
        try {
            changes = call(name, "parse", source, Map.of("state", state));
        } catch (PluginException e) {
            throw new InventoryException(e.getMessage(), e);
        }
        List<List<Object>> out = new ArrayList<>();
        if (changes instanceof List<?> list) {
            for (Object change : list) {
                List<Object> c = new ArrayList<>();
                ((List<?>) change).forEach(x -> c.add(plain(x)));
                out.add(c);
            }
        }
        return out;
    }

    /** Python tuples become lists: inventory variables are data, as the json Ansible would print of them. */
    private static Object plain(Object value) {
        if (value instanceof io.jplay.plugin.PluginTuple t) {
            return plain(t.items());
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        return value;
    }

    private Object call(String name, String action, String source, Map<String, Object> kwargs) throws PluginException {
        return plugins.call(PluginKind.INVENTORY, name, List.of(action, source), kwargs, PluginVariables.NONE, warnings);
    }
}
