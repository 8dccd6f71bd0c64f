package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModuleDefaultsTest {
    private static Module module(String name) {
        return new Module() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, Object> run(ModuleContext context) {
                return Map.of();
            }
        };
    }

    private final Module stat = module("stat");
    private final Module hello = module("ns.coll.hello");
    private final ModuleLookup lookup = new ModuleLookup() {
        @Override
        public Optional<Module> find(String name) {
            return switch (name) {
                case "stat", "ansible.builtin.stat", "ansible.legacy.stat" -> Optional.of(stat);
                case "ns.coll.hello", "ns.coll.old_hello" -> Optional.of(hello);
                default -> Optional.empty();
            };
        }

        @Override
        public List<String> actionGroup(String group) {
            return group.equals("ns.coll.greeters") ? List.of("ns.coll.hello") : List.of();
        }
    };

    @Test
    void shortBuiltinAndCollectionNamesSelectTheSameModule() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("stat", Map.of("a", 1));
        defaults.put("ansible.builtin.stat", Map.of("b", 2));
        defaults.put("ns.coll.old_hello", Map.of("c", 3));
        assertEquals(List.of(Map.of("a", 1), Map.of("b", 2)), ModuleDefaults.applicable(defaults, stat, lookup));
        assertEquals(List.of(Map.of("c", 3)), ModuleDefaults.applicable(defaults, hello, lookup));
    }

    @Test
    void groupsComeFirstAndTaskArgumentsWin() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("ns.coll.hello", Map.of("who", "own", "x", 1));
        defaults.put("group/ns.coll.greeters", Map.of("who", "group", "y", 2));
        List<Object> applicable = ModuleDefaults.applicable(defaults, hello, lookup);
        assertEquals(List.of(Map.of("who", "group", "y", 2), Map.of("who", "own", "x", 1)), applicable);
        Map<String, Object> merged = ModuleDefaults.merge(applicable, Map.of("x", 9));
        assertEquals(Map.of("who", "own", "x", 9, "y", 2), merged);
        assertEquals(List.of(), ModuleDefaults.applicable(defaults, stat, lookup));
        assertEquals(List.of(), ModuleDefaults.applicable(null, stat, lookup));
    }
}
