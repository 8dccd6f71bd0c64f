package io.jplay.module.python;

import java.nio.file.Path;
import java.util.List;

/**
 * The ansible-core installation on the controller whose modules and {@code module_utils} jplay runs.
 *
 * @param python the controller interpreter that imports {@code ansible}
 * @param ansibleDir the {@code ansible} package directory (holding {@code modules/}, {@code module_utils/})
 * @param version ansible-core's version, sent to modules as {@code _ansible_version}
 * @param sitePaths the interpreter's {@code sys.path} entries that hold an {@code ansible_collections} directory
 */
public record AnsibleInstall(Path python, Path ansibleDir, String version, List<Path> sitePaths) {

    public AnsibleInstall {
        sitePaths = List.copyOf(sitePaths);
    }

    public Path modulesDir() {
        return ansibleDir.resolve("modules");
    }

    public Path moduleUtilsDir() {
        return ansibleDir.resolve("module_utils");
    }

    /** ansible-core's routing table for {@code ansible.builtin} ({@code config/ansible_builtin_runtime.yml}). */
    public Path builtinRuntime() {
        return ansibleDir.resolve("config").resolve("ansible_builtin_runtime.yml");
    }
}
