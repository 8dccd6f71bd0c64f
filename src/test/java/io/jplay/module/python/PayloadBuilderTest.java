package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadBuilderTest {
    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws Exception {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void whatAPackageInitImportsIsShippedToo() throws Exception {
        Path utils = tmp.resolve("module_utils");
        write("module_utils/facts/__init__.py", "from ansible.module_utils.facts.compat import ansible_facts  # noqa\n");
        write("module_utils/facts/compat.py", "from ansible.module_utils.facts import timeout\n");
        write("module_utils/facts/timeout.py", "X = 1\n");
        write("module_utils/facts/system/__init__.py", "");
        write("module_utils/facts/system/chroot.py", "def is_chroot():\n    return False\n");
        Path module = write("modules/systemd.py", "from ansible.module_utils.facts.system.chroot import is_chroot\n");
        byte[] zip = new PayloadBuilder(List.of(), utils, new CollectionRoots(List.of(), List.of()))
                .build(new ModuleSource("ansible.builtin.systemd", "ansible.modules.systemd", module));
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertTrue(names.contains("ansible/module_utils/facts/system/chroot.py"), names::toString);
        assertTrue(names.contains("ansible/module_utils/facts/compat.py"), names::toString);
        assertTrue(names.contains("ansible/module_utils/facts/timeout.py"), names::toString);
    }
}
