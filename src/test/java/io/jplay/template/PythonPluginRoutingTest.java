package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.plugin.PluginHost;
import io.jplay.plugin.PythonPlugins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which names reach the Python plugins, and that nothing else starts (or even looks for) a Python. */
class PythonPluginRoutingTest {
    private final AtomicInteger pythonAsked = new AtomicInteger();
    private final PythonPlugins plugins = new PythonPlugins(new PluginHost(() -> {
        pythonAsked.incrementAndGet();
        return Optional.empty();
    }, List::of, Map.of(), Map.of(), Path.of(""), List.of("python3", "/usr/bin/python3")));
    private final AnsibleTemplater t = new AnsibleTemplater(w -> { }, Controller.ofEnvironment(Map.of()), plugins);

    private String error(String template) {
        return assertThrows(TemplateException.class, () -> t.template(template, Map.of())).getMessage();
    }

    @Test
    void javaFiltersTestsAndLookupsNeverAskForPython() throws Exception {
        // Ansible keeps text only for the short names of STRING_TYPE_FILTERS: the FQCN's text is data again
        assertEquals(List.of("B", "A"), t.template("{{ ['b', 'a'] | map('upper') | list | ansible.builtin.to_json }}",
                Map.of()));
        assertEquals(true, t.template("{{ 'a' is ansible.builtin.match('a') and 2 is even }}", Map.of()));
        assertEquals("x", t.template("{{ lookup('ansible.builtin.vars', 'v') }}", Map.of("v", "x")));
        assertEquals("y", t.template("{{ lookup('ansible.legacy.env', 'NOPE') | default('y', true) }}", Map.of()));
        assertEquals(0, pythonAsked.get());
        assertEquals(0, plugins.starts());
    }

    @Test
    void aMissingShortNameIsAnsiblesErrorWhenNoPythonCanLoadIt() {
        assertEquals("template error while templating string: Could not load \"blue\": 'blue'. String: {{ 1 | blue }}."
                + " Could not load \"blue\": 'blue'", error("{{ 1 | blue }}"));
        assertTrue(error("{{ 1 is bluish }}").contains("Could not load \"bluish\": 'bluish'"));
        assertEquals("lookup plugin (blue) not found", error("{{ lookup('blue') }}"));
    }

    @Test
    void jinjasOwnFiltersAndTestsHaveNoAnsibleBuiltinNameAndNeedNoPythonToSaySo() {
        assertEquals("template error while templating string: Could not load \"ansible.builtin.upper\":"
                + " 'ansible.builtin.upper'. String: {{ 'x' | ansible.builtin.upper }}. Could not load"
                + " \"ansible.builtin.upper\": 'ansible.builtin.upper'", error("{{ 'x' | ansible.builtin.upper }}"));
        assertTrue(error("{{ 3 is ansible.legacy.odd }}").contains("Could not load \"ansible.legacy.odd\""));
        assertEquals(0, pythonAsked.get());
    }

    @Test
    void aShortNameBesideAPluginDirectoryNeedsPythonAndSaysWhatToInstall(@TempDir Path play) throws Exception {
        // the playbook ships filter_plugins/: without a Python that can import ansible-core, "Could not
        // load" would send the user looking for a typo instead of for the missing interpreter
        Files.createDirectories(play.resolve("filter_plugins"));
        plugins.addPluginDirs(play);
        String msg = error("{{ 1 | blue }}");
        assertTrue(msg.startsWith("Python plugins need a controller python3 that can import ansible-core"), msg);
        assertTrue(error("{{ 1 is bluish }}").contains("Could not load \"bluish\": 'bluish'"), "no test_plugins/");
        assertEquals(0, plugins.starts());
    }

    @Test
    void aCollectionNameNeedsPythonAndSaysWhatToInstall() {
        String msg = error("{{ 'a,b' | community.general.dict_kv('k') }}");
        assertTrue(msg.startsWith("Python plugins need a controller python3 that can import ansible-core"), msg);
        assertTrue(msg.contains("tried: python3, /usr/bin/python3"), msg);
        assertEquals(0, plugins.starts());
    }
}
