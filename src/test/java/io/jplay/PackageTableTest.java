package io.jplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules {@link ArchitectureTest} reads from the table, and what it counts as a use. */
class PackageTableTest {
    private static final PackageTable TABLE = PackageTable.parse("""
            | package | what lives there | depends on |
            |---|---|---|
            | `cli` | the command line | everything |
            | `json` | JSON | – |
            | `module` | modules | `json` |
            | `module.builtin` | one per module | `module`, `output.RunListener` |
            | `output` | renderers | `json` |
            | `executor` | the run | everything below `cli` |
            """);

    private static SourceFile.Reference ref(String pkg, String cls) {
        return new SourceFile.Reference(pkg, cls, 1);
    }

    @Test
    void subPackagesWithoutARowBelongToTheirParent() {
        assertEquals("module", TABLE.rowOf("io.jplay.module.python"));
        assertEquals("module.builtin", TABLE.rowOf("io.jplay.module.builtin.files"));
        assertEquals(null, TABLE.rowOf("io.jplay.vault"));
    }

    @Test
    void rowsAllowTheirPackagesAndSingleClassesOnly() {
        assertTrue(TABLE.allows("module.builtin", ref("io.jplay.module", "Module")));
        assertTrue(TABLE.allows("module.builtin", ref("io.jplay.output", "RunListener")));
        assertFalse(TABLE.allows("module.builtin", ref("io.jplay.output", "DefaultCallback")));
        assertFalse(TABLE.allows("json", ref("io.jplay.module", "Module")));
        assertTrue(TABLE.allows("executor", ref("io.jplay.output", "DefaultCallback")));
        assertFalse(TABLE.allows("executor", ref("io.jplay.cli", "Jplay")));
        assertTrue(TABLE.allows("cli", ref("io.jplay.executor", "PlayRunner")));
        assertFalse(TABLE.allows("cli", ref("io.jplay.vault", "Vault")));
    }

    @Test
    void usesInCommentsAndStringsDoNotCount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("A.java");
        Files.writeString(file, """
                package io.jplay.json;

                import io.jplay.module.Module;
                /** {@link io.jplay.cli.Jplay} */
                class A {
                    String s = "io.jplay.cli.Jplay System.out";
                    char c = '"';
                    Object o = io.jplay.output.RunListener.AsyncEvent.class; // io.jplay.cli.Jplay
                }
                """);
        SourceFile source = SourceFile.read(dir, file);
        assertEquals("io.jplay.json", source.packageName());
        assertEquals(List.of(new SourceFile.Reference("io.jplay.module", "Module", 3),
                new SourceFile.Reference("io.jplay.output", "RunListener", 8)), source.references());
        assertEquals(List.of(), source.linesContaining("System.out"));
    }
}
