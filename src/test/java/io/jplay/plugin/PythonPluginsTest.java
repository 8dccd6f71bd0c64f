package io.jplay.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bridge against the controller's real ansible-core (skipped where no python3 imports ansible). */
class PythonPluginsTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;
    private PythonPlugins plugins;
    private final List<String> warnings = new ArrayList<>();


    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("filter_plugins"));
        Files.writeString(dir.resolve("filter_plugins/f.py"), String.join("\n",
                "import os",
                "from ansible.errors import AnsibleFilterError",
                "from ansible.utils.display import Display",
                "def echo(v, *a, **k):",
                "    return [v, list(a), k]",
                "def types(v):",
                "    return [type(x).__name__ for x in v]",
                "def boom(v):",
                "    raise AnsibleFilterError('boom ' + v)",
                "def bad(v):",
                "    raise ValueError('bad ' + v)",
                "def key(v):",
                "    return {}[v]",
                "def die(v):",
                "    os._exit(3)",
                "def shout(v):",
                "    print('to stdout, not the protocol')",
                "    Display().warning('careful')",
                "    return v.upper()",
                "def shapes(v):",
                "    return {1: (1, 'a'), 'g': (x for x in [1, 2])}",
                "class FilterModule(object):",
                "    def filters(self):",
                "        return {'echo': echo, 'types': types, 'boom': boom, 'bad': bad, 'key': key, 'die': die,",
                "                'shout': shout, 'shapes': shapes}",
                ""));
        Files.createDirectories(dir.resolve("lookup_plugins"));
        Files.writeString(dir.resolve("lookup_plugins/withvar.py"), String.join("\n",
                "from ansible.plugins.lookup import LookupBase",
                "class LookupModule(LookupBase):",
                "    def run(self, terms, variables=None, **kwargs):",
                "        return [t + '=' + str(variables.get(t, 'none')) for t in terms] + [sorted(variables)]",
                ""));
        Files.createDirectories(dir.resolve("inventory_plugins"));
        Files.writeString(dir.resolve("inventory_plugins/grow.py"), String.join("\n",
                "from ansible.plugins.inventory import BaseInventoryPlugin",
                "class InventoryModule(BaseInventoryPlugin):",
                "    NAME = 'grow'",
                "    def verify_file(self, path):",
                "        return path.endswith('.grow')",
                "    def parse(self, inventory, loader, path, cache=True):",
                "        super(InventoryModule, self).parse(inventory, loader, path, cache)",
                "        old = inventory.get_host('w1').vars['role']",
                "        inventory.add_group('new')",
                "        inventory.add_host('n1', group='new', port=2222)",
                "        inventory.add_child('web', 'n1')",
                "        inventory.set_variable('w1', 'role', old + '!')",
                "        inventory.set_variable('new', 'x', (1, 2))",
                ""));
        plugins = new PythonPlugins(host(Optional.of(PYTHON)));
        plugins.addPluginDirs(dir);
    }

    @AfterEach
    void tearDown() {
        plugins.close();
    }

    private PluginHost host(Optional<Path> python) {
        return new PluginHost(() -> python, List::of, Map.of(), System.getenv(), dir, List.of("python3"));
    }

    private Object filter(String name, Object... args) throws PluginException {
        return plugins.call(PluginKind.FILTER, name, List.of(args), Map.of(), PluginVariables.NONE, warnings::add);
    }

    @Test
    void valuesCrossWithAnsibleTypes() throws Exception {
        assumeTrue(AnsibleOracle.importsAnsible(PYTHON), "no python3 that imports ansible");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1L, 2.5, true));
        Object r = plugins.call(PluginKind.FILTER, "echo", List.of("s", m), Map.of("k", 3L), PluginVariables.NONE,
                warnings::add);
        assertEquals(List.of("s", List.of(m), Map.of("k", 3L)), r);
        assertEquals(List.of("str", "int", "float", "bool", "NoneType", "list", "dict", "AnsibleUndefined",
                "AnsibleUnsafeText"), filter("types", java.util.Arrays.asList("x", 1L, 1.5, false, null, List.of(),
                Map.of(), new PluginUndefined("u", "'u' is undefined"), new io.jplay.yaml.Unsafe("{{ x }}"))));
        Map<Object, Object> shapes = new LinkedHashMap<>();
        shapes.put(1L, new PluginTuple(List.of(1L, "a")));
        shapes.put("g", List.of(1L, 2L));
        assertEquals(shapes, filter("shapes", "x"));
        assertEquals(new PluginUndefined(null, "'u' is undefined"), filter("echo",
                new PluginUndefined("u", "'u' is undefined"), 1L) instanceof List<?> l ? l.get(0) : null);
        assertEquals(1, plugins.starts());
    }

    @Test
    void inventoryPluginsRunOnTheInventorySoFarAndAnswerTheirChanges() throws Exception {
        assumeTrue(AnsibleOracle.importsAnsible(PYTHON), "no python3 that imports ansible");
        Map<String, Object> state = Map.of(
                "groups", List.of(List.of("all", Map.of(), List.of("ungrouped", "web")), List.of("ungrouped", Map.of(),
                        List.of()), List.of("web", Map.of(), List.of())),
                "hosts", List.of(List.of("w1", Map.of("role", "front"), List.of("web"))));
        assertEquals(true, inventory("grow", "exists", "", Map.of()));
        assertEquals(false, inventory("nosuch", "exists", "", Map.of()));
        assertEquals(true, inventory("grow", "verify", "/x/a.grow", Map.of()));
        assertEquals(false, inventory("grow", "verify", "/x/a.yml", Map.of()));
        Object changes = inventory("grow", "parse", "/x/a.grow", Map.of("state", state));
        assertEquals(List.of(List.of("group", "new"), List.of("host", "n1"), List.of("member", "web", "n1"),
                List.of("member", "new", "n1"), List.of("groupvar", "new", "x", new PluginTuple(List.of(1L, 2L))),
                List.of("hostvar", "w1", "role", "front!"), List.of("hostvar", "n1", "ansible_port", 2222L)), changes);
        PluginException e = assertThrows(PluginException.class, () -> inventory("nosuch", "parse", "/x/b.yml",
                Map.of("state", state)));
        assertEquals("inventory config '/x/b.yml' specifies unknown plugin 'nosuch'", e.getMessage());
    }

    private Object inventory(String name, String action, String source, Map<String, Object> kwargs)
            throws PluginException {
        return plugins.call(PluginKind.INVENTORY, name, List.of(action, source), kwargs, PluginVariables.NONE,
                warnings::add);
    }

    @Test
    void printingAndWarningsDoNotDisturbTheProtocol() throws Exception {
        assumeTrue(AnsibleOracle.importsAnsible(PYTHON), "no python3 that imports ansible");
        assertEquals("LOUD", filter("shout", "loud"));
        assertEquals(List.of("careful"), warnings);
    }

    @Test
    void pythonExceptionsKeepTheirKind() throws Exception {
        assumeTrue(AnsibleOracle.importsAnsible(PYTHON), "no python3 that imports ansible");
        PluginException e = assertThrows(PluginException.class, () -> filter("boom", "x"));
        assertEquals(PluginException.Kind.ANSIBLE, e.kind());
        assertEquals("boom x", e.getMessage());
        assertEquals("ansible.errors.AnsibleFilterError", e.pythonClass());
        assertEquals(PluginException.Kind.VALUE, assertThrows(PluginException.class, () -> filter("bad", "x")).kind());
        PluginException key = assertThrows(PluginException.class, () -> filter("key", "x"));
        assertEquals("KeyError", key.pythonClass());
        assertTrue(key.traceback().contains("KeyError: 'x'"), key.traceback());
        PluginException missing = assertThrows(PluginException.class, () -> filter("nosuch", "x"));
        assertEquals(PluginException.Kind.MISSING, missing.kind());
        assertEquals("Could not load \"nosuch\": 'nosuch'", missing.getMessage());
    }

    @Test
    void ownPluginsReplaceBuiltinsOnlyWhereTheirDirectoriesDefineTheName() throws Exception {
        // told without Python: a lookup by its file's name, a filter no file mentions, a family without a directory
        assertTrue(plugins.overrides(PluginKind.LOOKUP, "withvar"));
        assertFalse(plugins.overrides(PluginKind.LOOKUP, "env"));
        assertFalse(plugins.overrides(PluginKind.FILTER, "to_yaml"));
        assertFalse(plugins.overrides(PluginKind.TEST, "echo"));
        assertEquals(0, plugins.starts());
        assumeTrue(AnsibleOracle.importsAnsible(PYTHON), "no python3 that imports ansible");
        // "list" is a word of f.py (list(a)) but none of its filters: ansible-core's loader tells
        assertFalse(plugins.overrides(PluginKind.FILTER, "list"));
        assertTrue(plugins.overrides(PluginKind.FILTER, "echo"));
        // a role's directory added later is asked again
        Path role = dir.resolve("roles/r");
        Files.createDirectories(role.resolve("filter_plugins"));
        Files.writeString(role.resolve("filter_plugins/l.py"), "class FilterModule(object):\n"
                + "    def filters(self):\n        return {'list': lambda v: ['own']}\n");
        plugins.addPluginDirs(role);
        assertTrue(plugins.overrides(PluginKind.FILTER, "list"));
        assertEquals(List.of("own"), filter("list", "x"));
        assertEquals(1, plugins.starts());
    }

    @Test
    void aDeadProcessFailsItsCallAndTheNextCallRestartsIt() throws Exception {
        assumeTrue(AnsibleOracle.importsAnsible(PYTHON), "no python3 that imports ansible");
        assertEquals("A", filter("shout", "a"));
        PluginException e = assertThrows(PluginException.class, () -> filter("die", "x"));
        assertEquals(PluginException.Kind.DIED, e.kind());
        assertTrue(e.getMessage().contains("stopped while running filter plugin 'die'") && e.getMessage().contains("exit code 3"),
                e.getMessage());
        assertEquals("B", filter("shout", "b"));
        assertEquals(2, plugins.starts());
    }

    @Test
    void lookupsReadVariablesOnDemand() throws Exception {
        assumeTrue(AnsibleOracle.importsAnsible(PYTHON), "no python3 that imports ansible");
        List<String> asked = new ArrayList<>();
        PluginVariables vars = new PluginVariables() {
            @Override
            public List<String> names() {
                return List.of("a", "b");
            }

            @Override
            public Optional<Object> get(String name) {
                asked.add(name);
                return name.equals("a") ? Optional.of(1L) : Optional.empty();
            }

            @Override
            public String basedir() {
                return dir.toString();
            }
        };
        Object r = plugins.call(PluginKind.LOOKUP, "withvar", List.of("a", "b"), Map.of(), vars, warnings::add);
        assertEquals(List.of("a=1", "b=none", List.of("a", "b")), r);
        assertEquals(List.of("a", "b"), asked);
        PluginException missing = assertThrows(PluginException.class,
                () -> plugins.call(PluginKind.LOOKUP, "nosuch", List.of(), Map.of(), vars, warnings::add));
        assertEquals("lookup plugin (nosuch) not found", missing.getMessage());
    }

    @Test
    void withoutAControllerPythonTheMessageSaysWhatToInstall() {
        PythonPlugins none = new PythonPlugins(host(Optional.empty()));
        PluginException e = assertThrows(PluginException.class, () -> none.call(PluginKind.FILTER, "x", List.of(1L),
                Map.of(), PluginVariables.NONE, warnings::add));
        assertEquals(PluginException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("install ansible-core"), e.getMessage());
        assertEquals(0, none.starts());
    }
}
