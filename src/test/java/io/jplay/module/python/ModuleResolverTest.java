package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleResolverTest {
    @TempDir
    Path tmp;

    private ModuleResolver resolver() throws IOException {
        Path ansible = tmp.resolve("site/ansible");
        Files.createDirectories(ansible.resolve("modules"));
        Files.createDirectories(ansible.resolve("config"));
        Files.writeString(ansible.resolve("modules/stat.py"), "from ansible.module_utils.basic import x\n");
        Files.writeString(ansible.resolve("config/ansible_builtin_runtime.yml"),
                "plugin_routing:\n  modules:\n    ini_file:\n      redirect: ns.coll.ini_file\n");
        Path coll = tmp.resolve("colls/ansible_collections/ns/coll");
        Files.createDirectories(coll.resolve("plugins/modules/sub"));
        Files.createDirectories(coll.resolve("meta"));
        Files.writeString(coll.resolve("plugins/modules/ini_file.py"), "#!/usr/bin/python\n");
        Files.writeString(coll.resolve("plugins/modules/sub/deep.py"), "#!/usr/bin/python\n");
        Files.writeString(coll.resolve("meta/runtime.yml"), String.join("\n", "plugin_routing:", "  modules:",
                "    old:", "      redirect: ns.coll.ini_file", "      deprecation:", "        removal_version: 2.0.0",
                "        warning_text: Use ini_file.", "    gone:", "      tombstone:",
                "        removal_date: '2024-01-01'", ""));
        AnsibleInstall install = new AnsibleInstall(Path.of("/usr/bin/python3"), ansible, "2.14.18", List.of());
        return new ModuleResolver(List.of(), List.of(), () -> Optional.of(install),
                () -> new CollectionRoots(List.of(tmp.resolve("colls/ansible_collections")), List.of()),
                new YamlLoader());
    }

    @Test
    void shortNamesPreferLibraryDirsThenCore() throws IOException {
        ModuleResolver r = resolver();
        assertEquals("ansible.builtin.stat", r.resolve("stat", List.of()).source().fqcn());
        Path play = tmp.resolve("play");
        Files.createDirectories(play.resolve("library"));
        Files.writeString(play.resolve("library/stat.py"), "#!/usr/bin/python\n");
        Files.writeString(play.resolve("library/tool.sh"), "#!/bin/sh\n");
        r.addPluginDirs(play);
        assertEquals("ansible.legacy.stat", r.resolve("stat", List.of()).source().fqcn());
        assertEquals("ansible.builtin.stat", r.resolve("ansible.builtin.stat", List.of()).source().fqcn());
        assertEquals(play.resolve("library/tool.sh").toAbsolutePath(), r.resolve("tool", List.of()).source().file());
    }

    @Test
    void builtinRoutingRedirectsToCollections() throws IOException {
        ModuleSource s = resolver().resolve("ini_file", List.of()).source();
        assertEquals("ns.coll.ini_file", s.fqcn());
        assertEquals("ansible_collections.ns.coll.plugins.modules.ini_file", s.pythonName());
    }

    @Test
    void collectionsKeywordAndSubdirectories() throws IOException {
        ModuleResolver r = resolver();
        assertEquals("ns.coll.sub.deep", r.resolve("sub.deep", List.of()).found().map(ModuleSource::fqcn)
                .orElse("ns.coll.sub.deep"));
        assertEquals("ns.coll.ini_file", r.resolve("ini_file", List.of("ns.coll")).source().fqcn());
        assertEquals("ansible_collections.ns.coll.plugins.modules.sub.deep",
                r.resolve("ns.coll.sub.deep", List.of()).source().pythonName());
    }

    @Test
    void deprecationsAndTombstones() throws IOException {
        ModuleResolver r = resolver();
        ModuleResolver.Resolution old = r.resolve("ns.coll.old", List.of());
        assertEquals("ns.coll.ini_file", old.source().fqcn());
        assertEquals(List.of(new ModuleResolver.Deprecation("ns.coll.old has been deprecated. Use ini_file.", "2.0.0",
                null, "ns.coll")), old.deprecations());
        ModuleResolver.Resolution gone = r.resolve("ns.coll.gone", List.of());
        assertEquals("[DEPRECATED]: ns.coll.gone has been removed. This feature was removed from ns.coll in a release "
                + "after 2024-01-01. Please update your playbooks.", gone.removed());
        assertTrue(r.resolve("ns.coll.missing", List.of()).found().isEmpty());
        assertTrue(r.resolve("nope.coll.x", List.of()).found().isEmpty());
    }
}
