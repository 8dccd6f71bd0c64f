package io.jplay.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.builtin.BuiltinModules;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {
    private final ModuleRegistry registry = BuiltinModules.registry();

    @Test
    void shortAndQualifiedNamesFindTheSameModule() {
        Module command = registry.lookup("command").orElseThrow();
        assertSame(command, registry.lookup("ansible.builtin.command").orElseThrow());
        assertSame(command, registry.lookup("ansible.legacy.command").orElseThrow());
    }

    @Test
    void unknownNameIsAbsent() {
        assertTrue(registry.lookup("community.general.foo").isEmpty());
        assertFalse(registry.contains("nope"));
    }

    @Test
    void suggestsNamesWithinTwoEdits() {
        assertEquals(List.of("command"), registry.suggest("comand"));
        assertEquals(List.of("shell"), registry.suggest("ansible.builtin.shel"));
    }

    @Test
    void suggestsByPrefix() {
        assertTrue(registry.suggest("set").contains("set_fact"));
    }

    @Test
    void builtinsDeclareAsyncLikeAnsible() {
        assertTrue(registry.lookup("command").orElseThrow().supportsAsync());
        assertTrue(registry.lookup("shell").orElseThrow().supportsAsync());
        for (String name : List.of("raw", "debug", "fail", "assert", "set_fact", "pause")) {
            assertFalse(registry.lookup(name).orElseThrow().supportsAsync(), name);
        }
    }

    @Test
    void registerAddsModules() {
        ModuleRegistry r = new ModuleRegistry();
        r.register(new io.jplay.module.builtin.PingModule());
        assertEquals(List.of("ping"), r.names());
    }
}
