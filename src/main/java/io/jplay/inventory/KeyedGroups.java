package io.jplay.inventory;

import io.jplay.python.PyBool;
import io.jplay.python.PyRepr;
import io.jplay.result.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code keyed_groups} of a {@code constructed} config, with Ansible's naming: {@code prefix},
 * {@code separator} (default {@code _}), a key that is text, a list (one group per item) or a mapping
 * ({@code name SEP value} per entry), {@code default_value} or {@code trailing_separator: false} for empty
 * values, and an optional {@code parent_group}.
 */
final class KeyedGroups {
    private final InventoryBuilder builder;
    private final InventoryTemplating templating;
    private final boolean strict;
    private final boolean leadingSeparator;
    private final Map<String, Object> extraVars;

    /** @param extraVars what {@code use_extra_vars} adds over the host's variables for the keys (empty when off) */
    KeyedGroups(InventoryBuilder builder, InventoryTemplating templating, boolean strict, boolean leadingSeparator,
            Map<String, Object> extraVars) {
        this.builder = builder;
        this.templating = templating;
        this.strict = strict;
        this.leadingSeparator = leadingSeparator;
        this.extraVars = extraVars;
    }

    void add(String host, List<?> entries, Map<String, Object> vars) {
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> keyed) || keyed.isEmpty()) {
                throw new InventoryException("Invalid keyed group entry, it must be a dictionary: "
                        + PyRepr.str(entry) + " ");
            }
            if (extraVars.isEmpty()) {
                addOne(host, keyed, vars);
            } else {
                Map<String, Object> withExtra = new java.util.LinkedHashMap<>(vars);
                withExtra.putAll(extraVars);
                addOne(host, keyed, withExtra);
            }
        }
    }

    private void addOne(String host, Map<?, ?> keyed, Map<String, Object> vars) {
        Object key;
        try {
            key = templating.template("{{" + PyRepr.str(keyed.get("key")) + "}}", vars);
        } catch (Exception e) {
            if (strict) {
                throw new InventoryException("Could not generate group for host " + host + " from "
                        + PyRepr.str(keyed.get("key")) + " entry: " + e.getMessage());
            }
            return;
        }
        Object defaultValue = keyed.get("default_value");
        Object trailing = keyed.get("trailing_separator");
        if (trailing != null && defaultValue != null) {
            throw new InventoryException("parameters are mutually exclusive for keyed groups: "
                    + "default_value|trailing_separator");
        }
        if (!Truth.isTrue(key) && !("".equals(key) && defaultValue != null)) {
            boolean emptyCollection = key instanceof List<?> l && l.isEmpty() || key instanceof Map<?, ?> m && m.isEmpty();
            if (strict && !emptyCollection) {
                throw new InventoryException("No key or key resulted empty for " + PyRepr.str(keyed.get("key"))
                        + " in host " + host + ", invalid entry");
            }
            return;
        }
        String prefix = keyed.containsKey("prefix") ? PyRepr.str(keyed.get("prefix")) : "";
        String sep = keyed.containsKey("separator") ? PyRepr.str(keyed.get("separator")) : "_";
        String parent = null;
        Object rawParent = keyed.get("parent_group");
        if (Truth.isTrue(rawParent)) {
            try {
                parent = PyRepr.str(templating.template(PyRepr.str(rawParent), vars));
            } catch (Exception e) {
                if (strict) {
                    throw new InventoryException("Could not generate parent group " + PyRepr.str(rawParent)
                            + " for group " + PyRepr.str(key) + ": " + e.getMessage());
                }
                return;
            }
        }
        boolean noTrailing = trailing != null && !PyBool.boolean_(trailing);
        List<String> bareNames = bareNames(key, defaultValue, sep, noTrailing);
        if (prefix.isEmpty() && !leadingSeparator) {
            sep = "";
        }
        for (String bare : bareNames) {
            String group = builder.addGroup(InventoryBuilder.forcedSafeGroupName(prefix + sep + bare)).name;
            builder.addHost(host, group, null);
            if (parent != null) {
                String p = builder.addGroup(InventoryBuilder.forcedSafeGroupName(parent)).name;
                builder.addChild(p, group);
            }
        }
    }

    private static List<String> bareNames(Object key, Object defaultValue, String sep, boolean noTrailing) {
        List<String> names = new ArrayList<>();
        if (key instanceof String s) {
            names.add(s.isEmpty() && defaultValue != null ? PyRepr.str(defaultValue) : s);
        } else if (key instanceof List<?> list) {
            for (Object item : list) {
                names.add("".equals(item) && defaultValue != null ? PyRepr.str(defaultValue) : PyRepr.str(item));
            }
        } else if (key instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String name = PyRepr.str(e.getKey());
                if ("".equals(e.getValue()) && defaultValue != null) {
                    names.add(name + sep + PyRepr.str(defaultValue));
                } else if ("".equals(e.getValue()) && noTrailing) {
                    names.add(name);
                } else {
                    names.add(name + sep + PyRepr.str(e.getValue()));
                }
            }
        } else {
            throw new InventoryException("Invalid group name format, expected a string or a list of them or"
                    + " dictionary, got: " + PythonTypes.name(key));
        }
        return names;
    }
}
