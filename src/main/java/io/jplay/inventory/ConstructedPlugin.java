package io.jplay.inventory;

import io.jplay.python.PyBool;
import io.jplay.python.PyRepr;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ansible's {@code constructed} plugin: for every host already in the inventory, {@code compose} sets
 * variables from Jinja2 expressions, {@code groups} adds the host to groups whose condition holds, and
 * {@code keyed_groups} to groups named after a value. The variables seen are those sources gave so
 * far (group variables of the host's groups as they stand, then host variables, then the magic
 * {@code inventory_hostname}, {@code group_names}...), not {@code group_vars/} files. Failing
 * expressions are skipped unless {@code strict}.
 */
final class ConstructedPlugin implements InventoryPlugin {
    static final Set<String> NAMES = Set.of("constructed", "ansible.builtin.constructed");
    private static final Set<String> EXTENSIONS = Set.of(".config", ".yaml", ".yml", ".json");

    private final String name;
    private final YamlLoader yaml;
    private final InventoryTemplating templating;
    private final boolean useExtraVarsDefault;
    private final Map<String, Object> extraVars;

    ConstructedPlugin(String name, YamlLoader yaml, InventoryTemplating templating) {
        this(name, yaml, templating, null, Map.of());
    }

    /**
     * @param extraVarsByDefault the extra vars when {@code use_extra_vars} is on by configuration, else null
     * @param extraVars the run's extra vars, for a config that turns {@code use_extra_vars} on itself
     */
    ConstructedPlugin(String name, YamlLoader yaml, InventoryTemplating templating,
            Map<String, Object> extraVarsByDefault, Map<String, Object> extraVars) {
        this.name = name;
        this.yaml = yaml;
        this.templating = templating;
        this.useExtraVarsDefault = extraVarsByDefault != null;
        this.extraVars = extraVars;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean verify(String source) {
        String ext = FilePlugins.extension(source);
        return FilePlugins.readable(source) && (ext.isEmpty() || EXTENSIONS.contains(ext));
    }

    @Override
    public void parse(InventoryBuilder builder, String source) {
        Map<?, ?> config = PluginConfig.read(yaml, source, NAMES);
        boolean strict = PyBool.boolean_(config.get("strict"));
        Object compose = config.get("compose");
        Object groups = config.get("groups");
        Object keyed = config.get("keyed_groups");
        boolean leadingSeparator = !config.containsKey("leading_separator")
                || PyBool.boolean_(config.get("leading_separator"));
        boolean useExtra = config.containsKey("use_extra_vars") ? PyBool.boolean_(config.get("use_extra_vars"))
                : useExtraVarsDefault;
        Map<String, Object> extra = useExtra ? extraVars : Map.of();
        KeyedGroups keyedGroups = new KeyedGroups(builder, templating, strict, leadingSeparator, extra);
        try {
            for (String host : new ArrayList<>(builder.hosts.keySet())) {
                if (compose instanceof Map<?, ?> c) {
                    compose(builder, host, c, strict, extra);
                }
                Map<String, Object> vars = hostVars(builder, host);
                if (groups instanceof Map<?, ?> g) {
                    conditionalGroups(builder, host, g, vars, strict);
                }
                if (keyed instanceof List<?> entries) {
                    keyedGroups.add(host, entries, vars);
                }
            }
        } catch (InventoryException e) {
            // Ansible's AnsibleParserError("failed to parse %s: %s " % (path, e), orig_exc=e) repeats e
            throw new InventoryException("failed to parse " + source + ": " + e.getMessage() + " . " + e.getMessage(), e);
        }
    }

    private void compose(InventoryBuilder builder, String host, Map<?, ?> compose, boolean strict,
            Map<String, Object> extra) {
        Map<String, Object> vars = hostVars(builder, host);
        vars.putAll(extra); // use_extra_vars: extra vars win, for compose and keyed_groups' keys only
        for (Map.Entry<?, ?> e : compose.entrySet()) {
            String varName = String.valueOf(e.getKey());
            Object value;
            try {
                value = templating.template("{{" + PyRepr.str(e.getValue()) + "}}", vars);
            } catch (Exception ex) {
                if (strict) {
                    throw new InventoryException("Could not set " + varName + " for host " + host + ": " + ex.getMessage());
                }
                continue;
            }
            builder.setHostVar(host, varName, value);
        }
    }

    private void conditionalGroups(InventoryBuilder builder, String host, Map<?, ?> groups, Map<String, Object> vars,
            boolean strict) {
        for (Map.Entry<?, ?> e : groups.entrySet()) {
            String conditional = "{% if " + PyRepr.str(e.getValue()) + " %} True {% else %} False {% endif %}";
            String group = InventoryBuilder.forcedSafeGroupName(String.valueOf(e.getKey()));
            boolean result;
            try {
                result = PyBool.boolean_(templating.template(conditional, vars), true);
            } catch (Exception ex) {
                if (strict) {
                    throw new InventoryException("Could not add host " + host + " to group " + group + ": "
                            + ex.getMessage());
                }
                continue;
            }
            if (result) {
                builder.addHost(host, builder.addGroup(group).name, null);
            }
        }
    }

    /**
     * What Ansible's templar sees for the host here: the variables of its groups so far (by depth,
     * priority, name), its own variables, then its magic variables.
     */
    static Map<String, Object> hostVars(InventoryBuilder builder, String host) {
        InventoryBuilder.HostData h = builder.hosts.get(host);
        Set<String> all = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(h.groups);
        while (!todo.isEmpty()) {
            String g = todo.remove(todo.size() - 1);
            if (all.add(g)) {
                todo.addAll(builder.groups.get(g).parents);
            }
        }
        Map<String, Integer> depths = new LinkedHashMap<>();
        List<InventoryBuilder.GroupData> ordered = new ArrayList<>();
        for (String g : all) {
            ordered.add(builder.groups.get(g));
        }
        ordered.sort(Comparator.<InventoryBuilder.GroupData>comparingInt(g -> depth(builder, g.name, depths))
                .thenComparingInt(g -> g.priority).thenComparing(g -> g.name));
        Map<String, Object> vars = new LinkedHashMap<>();
        ordered.forEach(g -> vars.putAll(g.vars));
        vars.putAll(h.vars);
        if (h.sourceDir != null) {
            vars.put("inventory_file", h.sourceDir.toString());
            vars.put("inventory_dir", h.sourceDir.getParent() == null ? "" : h.sourceDir.getParent().toString());
        }
        vars.put("inventory_hostname", host);
        vars.put("inventory_hostname_short", host.split("\\.", 2)[0]);
        List<String> names = new ArrayList<>();
        for (String g : all) {
            if (!g.equals(InventoryBuilder.ALL)) {
                names.add(g);
            }
        }
        names.sort(null);
        vars.put("group_names", names);
        return vars;
    }

    private static int depth(InventoryBuilder builder, String group, Map<String, Integer> memo) {
        Integer known = memo.get(group);
        if (known != null) {
            return known;
        }
        int d = 0;
        for (String p : builder.groups.get(group).parents) {
            d = Math.max(d, depth(builder, p, memo) + 1);
        }
        memo.put(group, d);
        return d;
    }

    /** Reads a plugin config file as Ansible's _read_config_data, with its messages. */
    static final class PluginConfig {
        private PluginConfig() {
        }

        static Map<?, ?> read(YamlLoader yaml, String source, Set<String> names) {
            Object data;
            try {
                data = yaml.load(Path.of(source));
            } catch (YamlException e) {
                throw new InventoryException(e.getMessage(), e);
            }
            if (data == null || data instanceof Map<?, ?> m && m.isEmpty() || "".equals(data)) {
                throw new InventoryException(source + " is empty");
            }
            if (!(data instanceof Map<?, ?> config)) {
                throw new InventoryException("'" + PythonTypes.bare(data) + "' object has no attribute 'get'");
            }
            Object plugin = config.get("plugin");
            if (plugin == null || !names.contains(String.valueOf(plugin))) {
                throw new InventoryException("Incorrect plugin name in file: " + (config.containsKey("plugin")
                        ? PyRepr.str(plugin) : "none found"));
            }
            return config;
        }
    }
}
