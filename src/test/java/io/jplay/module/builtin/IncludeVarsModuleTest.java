package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeVarsModuleTest {
    private final IncludeVarsModule module = new IncludeVarsModule();

    private Map<String, Object> run(TestModuleContext ctx) {
        try {
            return module.run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    @Test
    void fileIsLoadedRelativeToBaseDir(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("v.yml"), "va: 1\n");
        Map<String, Object> r = run(TestModuleContext.of("file", "v.yml").baseDir(dir));
        assertEquals("{va=1}", r.get("ansible_facts").toString());
        assertEquals(List.of(dir.resolve("v.yml").toString()), r.get("ansible_included_var_files"));
        assertEquals(false, r.get("changed"));
    }

    @Test
    void varsSubdirectoryWinsOverBaseDir(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("vars"));
        Files.writeString(dir.resolve("v.yml"), "where: base\n");
        Files.writeString(dir.resolve("vars/v.yml"), "where: vars\n");
        assertEquals(Map.of("where", "vars"), run(TestModuleContext.of("_raw_params", "v.yml").baseDir(dir)).get("ansible_facts"));
    }

    @Test
    void dirLoadsMatchingFilesInSortedOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("vd/sub"));
        Files.writeString(dir.resolve("vd/b.yaml"), "vc: 3\nx: b\n");
        Files.writeString(dir.resolve("vd/a.yml"), "vb: [1, 2]\nx: a\n");
        Files.writeString(dir.resolve("vd/notes.txt"), "ignored: true\n");
        Files.writeString(dir.resolve("vd/sub/c.yml"), "deep: 1\n");
        Map<String, Object> r = run(TestModuleContext.of("dir", "vd", "depth", 1L, "ignore_unknown_extensions", true)
                .baseDir(dir));
        assertEquals("{vb=[1, 2], x=b, vc=3}", r.get("ansible_facts").toString());
        assertEquals(2, ((List<?>) r.get("ansible_included_var_files")).size());
    }

    @Test
    void aFileOfAnotherExtensionFailsAndDropsItsDirectorysVariables(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("vd"));
        Files.writeString(dir.resolve("vd/a.yml"), "x: a\n");
        Files.writeString(dir.resolve("vd/notes.txt"), "ignored: true\n");
        Map<String, Object> r = run(TestModuleContext.of("dir", "vd").baseDir(dir));
        assertEquals(true, r.get("failed"));
        assertEquals(dir.resolve("vd/notes.txt").toAbsolutePath().normalize()
                + " does not have a valid extension: json, yaml, yml", r.get("message"));
        assertEquals(Map.of(), r.get("ansible_facts"));
        assertEquals(List.of(dir.resolve("vd/a.yml").toAbsolutePath().normalize().toString()),
                r.get("ansible_included_var_files"));
    }

    @Test
    void nameNestsTheVariables(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("v.yml"), "va: 1\n");
        assertEquals("{stuff={va=1}}",
                run(TestModuleContext.of("file", "v.yml", "name", "stuff").baseDir(dir)).get("ansible_facts").toString());
    }

    @Test
    void nonDictionaryFileFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("l.yml"), "- 1\n");
        assertEquals(dir.resolve("l.yml") + " must be stored as a dictionary/hash",
                run(TestModuleContext.of("file", "l.yml").baseDir(dir)).get("msg"));
    }

    @Test
    void missingFileFails(@TempDir Path dir) {
        assertEquals(true, run(TestModuleContext.of("file", "nope.yml").baseDir(dir)).get("failed"));
    }
}
