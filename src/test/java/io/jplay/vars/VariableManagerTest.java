package io.jplay.vars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.inventory.Host;
import io.jplay.inventory.Inventory;
import io.jplay.inventory.InventoryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ansible's variable precedence, one test per level: every level defines {@code x}; each test
 * removes the levels above one and checks that it is the one that shows.
 */
class VariableManagerTest {

    /** The levels from lowest to highest, as {@link VariableManager} documents them. */
    enum Level {
        ROLE_DEFAULTS, GROUP_ALL, CHILD_GROUP, PLAYBOOK_GROUP_VARS_ALL, PLAYBOOK_GROUP_VARS, HOST_VARS,
        PLAYBOOK_HOST_VARS, FACTS, PLAY_VARS, VARS_FILES, ROLE_VARS, BLOCK_VARS, TASK_VARS, INCLUDE_VARS,
        SET_FACT, PARAMS, EXTRA_VARS
    }

    @TempDir
    Path dir;

    private Map<String, Object> varsWith(List<Level> present) throws Exception {
        StringBuilder ini = new StringBuilder("[web]\nh1");
        if (present.contains(Level.HOST_VARS)) {
            ini.append(" x=HOST_VARS");
        }
        ini.append("\n");
        if (present.contains(Level.CHILD_GROUP)) {
            ini.append("[web:vars]\nx=CHILD_GROUP\n");
        }
        if (present.contains(Level.GROUP_ALL)) {
            ini.append("[all:vars]\nx=GROUP_ALL\n");
        }
        Path inv = Files.writeString(dir.resolve("hosts-" + present.size()), ini.toString());
        Inventory inventory = new InventoryLoader(w -> { }).load(List.of(inv.toString()), dir);
        PlaybookVarsSource playbookVars = new PlaybookVarsSource() {
            @Override
            public Map<String, Object> groupVars(String group) {
                Level level = group.equals("all") ? Level.PLAYBOOK_GROUP_VARS_ALL : Level.PLAYBOOK_GROUP_VARS;
                return present.contains(level) ? Map.of("x", level.name()) : Map.of();
            }

            @Override
            public Map<String, Object> hostVars(String host) {
                return present.contains(Level.PLAYBOOK_HOST_VARS) ? Map.of("x", "PLAYBOOK_HOST_VARS") : Map.of();
            }
        };
        VariableManager vm = new VariableManager(inventory, playbookVars, layer(present, Level.EXTRA_VARS), Map.of());
        Host host = inventory.host("h1").orElseThrow();
        HostState state = vm.state("h1");
        state.addFacts(layer(present, Level.FACTS));
        state.includeVars(layer(present, Level.INCLUDE_VARS));
        state.setFacts(layer(present, Level.SET_FACT));
        PlayVars play = new PlayVars(layer(present, Level.PLAY_VARS), layer(present, Level.VARS_FILES), Map.of(),
                List.of("h1"));
        VarsScope scope = VarsScope.EMPTY
                .withRole(layer(present, Level.ROLE_DEFAULTS), layer(present, Level.ROLE_VARS),
                        layer(present, Level.PARAMS))
                .withBlockVars(layer(present, Level.BLOCK_VARS))
                .withTaskVars(layer(present, Level.TASK_VARS));
        return vm.taskVars(host, play, scope);
    }

    private static Map<String, Object> layer(List<Level> present, Level level) {
        return present.contains(level) ? Map.of("x", level.name()) : Map.of();
    }

    private void assertLevelWins(Level level) throws Exception {
        List<Level> present = new ArrayList<>();
        for (Level l : Level.values()) {
            if (l.ordinal() <= level.ordinal()) {
                present.add(l);
            }
        }
        assertEquals(level.name(), varsWith(present).get("x"));
    }

    @Test
    void roleDefaultsAreTheLowest() throws Exception {
        assertLevelWins(Level.ROLE_DEFAULTS);
    }

    @Test
    void inventoryGroupAllWinsOverRoleDefaults() throws Exception {
        assertLevelWins(Level.GROUP_ALL);
    }

    @Test
    void playbookGroupVarsAllWinOverInventoryGroupAll() throws Exception {
        assertLevelWins(Level.PLAYBOOK_GROUP_VARS_ALL);
    }

    @Test
    void childGroupWinsOverAll() throws Exception {
        assertLevelWins(Level.CHILD_GROUP);
    }

    /** Ansible's default precedence reads every group's inventory vars before any group_vars file. */
    @Test
    void playbookGroupVarsOfAllWinOverAChildGroupsInventoryVars() throws Exception {
        assertLevelWins(Level.PLAYBOOK_GROUP_VARS_ALL);
    }

    @Test
    void playbookGroupVarsWinOverInventoryGroupVars() throws Exception {
        assertLevelWins(Level.PLAYBOOK_GROUP_VARS);
    }

    @Test
    void hostVarsWinOverGroupVars() throws Exception {
        assertLevelWins(Level.HOST_VARS);
    }

    @Test
    void playbookHostVarsWinOverInventoryHostVars() throws Exception {
        assertLevelWins(Level.PLAYBOOK_HOST_VARS);
    }

    @Test
    void factsWinOverHostVars() throws Exception {
        assertLevelWins(Level.FACTS);
    }

    @Test
    void playVarsWinOverFacts() throws Exception {
        assertLevelWins(Level.PLAY_VARS);
    }

    @Test
    void varsFilesWinOverPlayVars() throws Exception {
        assertLevelWins(Level.VARS_FILES);
    }

    @Test
    void roleVarsWinOverVarsFiles() throws Exception {
        assertLevelWins(Level.ROLE_VARS);
    }

    @Test
    void blockVarsWinOverRoleVars() throws Exception {
        assertLevelWins(Level.BLOCK_VARS);
    }

    @Test
    void taskVarsWinOverBlockVars() throws Exception {
        assertLevelWins(Level.TASK_VARS);
    }

    @Test
    void includeVarsWinOverTaskVars() throws Exception {
        assertLevelWins(Level.INCLUDE_VARS);
    }

    @Test
    void setFactAndRegisterWinOverIncludeVars() throws Exception {
        assertLevelWins(Level.SET_FACT);
    }

    @Test
    void roleAndIncludeParamsWinOverSetFact() throws Exception {
        assertLevelWins(Level.PARAMS);
    }

    @Test
    void extraVarsWinOverEverything() throws Exception {
        assertLevelWins(Level.EXTRA_VARS);
    }

    @Test
    void magicVariablesDescribeTheHost() throws Exception {
        Map<String, Object> vars = varsWith(List.of());
        assertEquals("h1", vars.get("inventory_hostname"));
        assertEquals(List.of("web"), vars.get("group_names"));
        @SuppressWarnings("unchecked")
        Map<String, Object> groups = (Map<String, Object>) vars.get("groups");
        assertEquals(List.of("h1"), groups.get("web"));
        @SuppressWarnings("unchecked")
        Map<String, Object> hostvars = (Map<String, Object>) vars.get("hostvars");
        assertTrue(hostvars.containsKey("h1"));
        assertEquals(new LinkedHashMap<>(Map.of()).getClass(), LinkedHashMap.class);
    }

    @Test
    void varsHoldsEveryVariableAsWrittenAndIsReadAsItIs() throws Exception {
        Map<String, Object> vars = varsWith(List.of(Level.PLAY_VARS, Level.TASK_VARS));
        Map<?, ?> all = (Map<?, ?>) vars.get("vars");
        assertTrue(all instanceof io.jplay.template.Resolved, "the templater must not walk or template it");
        assertEquals("TASK_VARS", all.get("x"));
        assertEquals("h1", all.get("inventory_hostname"));
        assertTrue(!all.containsKey("vars"), "vars is not inside itself");
    }
}
