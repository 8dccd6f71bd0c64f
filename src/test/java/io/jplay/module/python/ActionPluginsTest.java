package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionPluginsTest {
    @TempDir
    Path tmp;

    private Path touch(String relative) throws Exception {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "#\n");
        return p;
    }

    @Test
    void coreModulesThatNeedTheirPluginAreNamed() throws Exception {
        AnsibleInstall install = new AnsibleInstall(Path.of("python3"), tmp.resolve("ansible"), "2.14.17", List.of());
        Path plugin = touch("ansible/plugins/action/reboot.py");
        touch("ansible/plugins/action/uri.py");
        touch("ansible/plugins/action/unarchive.py");
        ModuleSource pkg = new ModuleSource("ansible.builtin.reboot", "ansible.modules.reboot",
                touch("ansible/modules/reboot.py"));
        assertEquals(Optional.of(plugin), ActionPlugins.required(pkg, install, Map.of()));
        assertTrue(ActionPlugins.message(pkg, plugin).startsWith("module ansible.builtin.reboot needs its Python action plugin "));
        ModuleSource uri = new ModuleSource("ansible.builtin.uri", "ansible.modules.uri", touch("ansible/modules/uri.py"));
        assertEquals(Optional.empty(), ActionPlugins.required(uri, install, Map.of()));
        ModuleSource unarchive = new ModuleSource("ansible.builtin.unarchive", "ansible.modules.unarchive",
                touch("ansible/modules/unarchive.py"));
        // jplay's native unarchive is the controller half: the module itself never needs refusing
        assertEquals(Optional.empty(), ActionPlugins.required(unarchive, install, Map.of("src", "x.tgz")));
        assertEquals(Optional.empty(), ActionPlugins.required(unarchive, install, Map.of("remote_src", true)));
    }

    @Test
    void aCollectionModuleWithAnActionPluginIsNamed() throws Exception {
        Path plugin = touch("ansible_collections/ns/coll/plugins/action/thing.py");
        ModuleSource thing = new ModuleSource("ns.coll.thing", "ansible_collections.ns.coll.plugins.modules.thing",
                touch("ansible_collections/ns/coll/plugins/modules/thing.py"));
        assertEquals(Optional.of(plugin), ActionPlugins.required(thing, null, Map.of()));
        ModuleSource plain = new ModuleSource("ns.coll.plain", "ansible_collections.ns.coll.plugins.modules.plain",
                touch("ansible_collections/ns/coll/plugins/modules/plain.py"));
        assertEquals(Optional.empty(), ActionPlugins.required(plain, null, Map.of()));
    }
}
