package io.jplay.inventory;

import io.jplay.python.PyRepr;
import io.jplay.result.Truth;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Ansible's {@code auto} plugin: a {@code .yml}/{@code .yaml} file whose root {@code plugin} key names
 * the plugin that reads it (the plugin need not be enabled); one jplay does not implement runs under
 * ansible-core ({@link ForeignInventoryPlugins}).
 */
final class AutoPlugin implements InventoryPlugin {
    private final String name;
    private final YamlLoader yaml;
    private final InventoryPlugins plugins;

    AutoPlugin(String name, YamlLoader yaml, InventoryPlugins plugins) {
        this.name = name;
        this.yaml = yaml;
        this.plugins = plugins;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean verify(String source) {
        return (source.endsWith(".yml") || source.endsWith(".yaml")) && FilePlugins.readable(source);
    }

    @Override
    public void parse(InventoryBuilder builder, String source) {
        Object config;
        try {
            config = yaml.load(Path.of(source));
        } catch (YamlException e) {
            throw new InventoryException(e.getMessage(), e);
        }
        Object pluginName = config instanceof Map<?, ?> m ? m.get("plugin") : null;
        if (!Truth.isTrue(pluginName)) {
            throw new InventoryException("no root 'plugin' key found, '" + source
                    + "' is not a valid YAML inventory plugin config file");
        }
        String wanted = PyRepr.str(pluginName);
        Optional<InventoryPlugin> plugin = plugins.find(wanted);
        if (plugin.isEmpty()) {
            throw new InventoryException("inventory config '" + source + "' specifies unknown plugin '" + wanted + "'");
        }
        if (!plugin.get().verify(source)) {
            throw new InventoryException("inventory source '" + source + "' could not be verified by inventory plugin '"
                    + wanted + "'");
        }
        plugin.get().parse(builder, source);
    }
}
