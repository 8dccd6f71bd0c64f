package io.jplay.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes inventory files for tests and loads them, collecting warnings. */
final class InventoryFixtures {
    /** The INI inventory the golden values in the tests were taken from (ansible-inventory 2.14). */
    static final String SAMPLE_INI = String.join("\n",
            "# comment",
            "; another",
            "h0",
            "[web]",
            "web[01:03].example.com http_port=80",
            "h1 ansible_host=1.2.3.4 x=\"a b\" y=5 z=True f=1.5 l=\"[1,2]\" q='single' n=None s=hello d={'a':1}",
            "h2:2222",
            "[db]",
            "db-[a:c]",
            "h1",
            "[odd]",
            "o[0:10:4]",
            "[web:vars]",
            "gv1=5",
            "gv2=True",
            "gv3=\"quoted\"",
            "gv4=a b  ; comment",
            "gv5=[1,2]",
            "[prod:children]",
            "web",
            "db",
            "[all:vars]",
            "av=1",
            "[prod:vars]",
            "ansible_group_priority=5",
            "");

    final List<String> warnings = new ArrayList<>();

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Inventory load(Path cwd, String... sources) {
        return new InventoryLoader(warnings::add).load(List.of(sources), cwd);
    }

    /** Integers as Long, recursively: the YAML loader may type small ints either way. */
    static Object norm(Object v) {
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof java.util.Map<?, ?> m) {
            java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, norm(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(InventoryFixtures::norm).toList();
        }
        return v;
    }

    static List<String> names(List<Host> hosts) {
        return hosts.stream().map(Host::name).toList();
    }
}
