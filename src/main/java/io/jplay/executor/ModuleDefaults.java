package io.jplay.executor;

import io.jplay.module.Module;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task's {@code module_defaults} as ansible-core 2.14 applies them: the entries of every
 * {@code group/<name>} whose action group holds the task's module first, then the entry naming the
 * module itself (short, {@code ansible.legacy.}, {@code ansible.builtin.} or a collection's name, or
 * a name redirected to it), then the task's own arguments over both. A key names the module when it
 * resolves to the same module the task runs; the {@code collections:} keyword plays no part.
 */
final class ModuleDefaults {
    private ModuleDefaults() {
    }

    /**
     * The defaults that apply to {@code module}, before templating, in the order they are merged.
     *
     * @param defaults the task's {@code module_defaults} (inherited from its blocks and play), or {@code null}
     */
    static List<Object> applicable(Map<String, Object> defaults, Module module, ModuleLookup lookup) {
        if (defaults == null || defaults.isEmpty()) {
            return List.of();
        }
        List<Object> groups = new java.util.ArrayList<>();
        List<Object> own = new java.util.ArrayList<>();
        for (Map.Entry<String, Object> e : defaults.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("group/")) {
                if (inGroup(key.substring("group/".length()), module, lookup)) {
                    groups.add(e.getValue());
                }
            } else if (names(key, module, lookup)) {
                own.add(e.getValue());
            }
        }
        groups.addAll(own);
        return groups;
    }

    /** {@code templated} defaults (each a mapping) merged in order, with {@code args} over them. */
    static Map<String, Object> merge(List<?> templated, Map<String, Object> args) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object d : templated) {
            if (d instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
            }
        }
        out.putAll(args);
        return out;
    }

    private static boolean inGroup(String group, Module module, ModuleLookup lookup) {
        for (String action : lookup.actionGroup(group)) {
            if (same(lookup.find(action), module)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(String key, Module module, ModuleLookup lookup) {
        if (key.split("\\.").length < 3) {
            return same(lookup.find("ansible.legacy." + key), module) || same(lookup.find("ansible.builtin." + key), module);
        }
        return same(lookup.find(key), module);
    }

    private static boolean same(Optional<Module> found, Module module) {
        return found.isPresent() && found.get() == module;
    }
}
