package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadCacheTest {
    @TempDir
    Path tmp;

    @Test
    void twoHundredHostsRunningTwoModulesAtOnceBuildEachPayloadOnce() throws Exception {
        Path ansible = tmp.resolve("ansible");
        Files.createDirectories(ansible.resolve("module_utils"));
        Files.writeString(ansible.resolve("module_utils/basic.py"), "X = 1\n");
        Files.createDirectories(ansible.resolve("modules"));
        List<ModuleSource> modules = new ArrayList<>();
        for (String name : List.of("getent", "stat")) {
            Path file = ansible.resolve("modules/" + name + ".py");
            Files.writeString(file, "from ansible.module_utils.basic import X\n");
            modules.add(new ModuleSource("ansible.builtin." + name, "ansible.modules." + name, file));
        }
        AnsibleInstall install = new AnsibleInstall(Path.of("python3"), ansible, "2.14.17", List.of());
        ModuleResolver resolver = new ModuleResolver(List.of(), List.of(), () -> Optional.of(install),
                () -> new CollectionRoots(List.of(), List.of()), new YamlLoader());
        PayloadCache cache = new PayloadCache(resolver);

        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            List<Callable<String>> hostTasks = new ArrayList<>();
            for (int host = 0; host < 200; host++) {
                for (int task = 0; task < 10; task++) {
                    ModuleSource module = modules.get(task % 2);
                    hostTasks.add(() -> module.pythonName() + cache.zipBase64(module, install));
                }
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> f : pool.invokeAll(hostTasks)) {
                distinct.add(f.get());
            }
            assertEquals(2, distinct.size(), "one payload per module");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, cache.builds(), "2,000 host-tasks over 2 modules built each zip once");
    }
}
