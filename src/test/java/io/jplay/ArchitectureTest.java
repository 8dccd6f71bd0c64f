package io.jplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package table in {@code docs/architecture.md} is the rule: every class under
 * {@code src/main/java} may use (import or name fully qualified) only the packages its row lists
 * under "depends on"; the packages together form no cycle; nothing below {@code cli} prints or
 * exits. To add a package or an edge, edit the table (see {@link PackageTable} for its format).
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path TABLE = Path.of("docs/architecture.md");
    /** What only {@code cli} may do: the rest reports through listeners and exceptions. */
    private static final List<String> CLI_ONLY = List.of("System.out", "System.err", "System.exit",
            "Runtime.getRuntime().exit", "Runtime.getRuntime().halt");

    /** What one class alone does for the whole run (the environment seam): the token and that class. */
    private static final java.util.Map<String, String> SEAM_ONLY = java.util.Map.of(
            "\"user.home\"", "io/jplay/config/RunEnvironment.java",
            "Thread.sleep(", "io/jplay/clock/Sleeper.java");

    private static PackageTable table;
    private static List<SourceFile> sources;

    @BeforeAll
    static void read() throws IOException {
        table = PackageTable.parse(Files.readString(TABLE, StandardCharsets.UTF_8));
        List<SourceFile> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.add(SourceFile.read(SOURCES, f));
            }
        }
        sources = all;
    }

    @Test
    void everyPackageUsesOnlyWhatItsRowAllows() {
        List<String> broken = new ArrayList<>();
        for (SourceFile file : sources) {
            String row = table.rowOf(file.packageName());
            if (row == null) {
                String missing = "package " + file.packageName() + " has no row in "
                        + TABLE + "; add one: | `package` | what lives there | what it depends on |";
                if (!broken.contains(missing)) {
                    broken.add(missing);
                }
                continue;
            }
            for (SourceFile.Reference ref : file.references()) {
                // a used package without a row is reported once, at its own files
                if (table.rowOf(ref.packageName()) != null && !table.allows(row, ref)) {
                    broken.add(file.path() + ":" + ref.line() + " uses " + ref.qualifiedName() + ", but `" + row
                            + "` may use " + table.describe(row) + " (" + TABLE + "): remove the use, or add `"
                            + table.rowOf(ref.packageName()) + "` to the row of `" + row + "` if the edge is intended");
                }
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " uses break the package table:\n" + String.join("\n", broken));
    }

    @Test
    void thePackagesFormNoCycle() {
        PackageGraph graph = new PackageGraph();
        for (SourceFile file : sources) {
            String from = table.rowOf(file.packageName());
            for (SourceFile.Reference ref : file.references()) {
                String to = table.rowOf(ref.packageName());
                if (from != null && to != null && !from.equals(to)) {
                    graph.add(from, to, file.path() + ":" + ref.line() + " uses " + ref.qualifiedName());
                }
            }
        }
        List<String> cycle = graph.findCycle();
        assertEquals(List.of(), cycle, () -> "package cycle " + String.join(" -> ", cycle) + ":\n"
                + String.join("\n", graph.witnesses(cycle)));
    }

    @Test
    void homeAndSleepsGoThroughTheEnvironmentSeam() {
        List<String> broken = new ArrayList<>();
        for (SourceFile file : sources) {
            SEAM_ONLY.forEach((token, owner) -> {
                if (!file.path().toString().replace('\\', '/').endsWith(owner)) {
                    file.linesContaining(token).forEach(line -> broken.add(file.path() + ":" + line + " uses " + token
                            + ": only " + owner + " does (take RunEnvironment, the Controller's home or a Sleeper)"));
                }
            });
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void nothingBelowCliPrintsOrExits() {
        List<String> broken = new ArrayList<>();
        for (SourceFile file : sources) {
            if ("cli".equals(table.rowOf(file.packageName()))) {
                continue;
            }
            for (String call : CLI_ONLY) {
                file.linesContaining(call).forEach(line -> broken.add(file.path() + ":" + line + " uses " + call
                        + ": only cli prints or exits; report through RunListener or an exception"));
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void everyRowOfTheTableNamesAnExistingPackage() {
        Set<String> present = new TreeSet<>();
        sources.stream().map(f -> table.rowOf(f.packageName())).filter(r -> r != null).forEach(present::add);
        Set<String> stale = new TreeSet<>(table.rows());
        stale.removeAll(present);
        assertEquals(Set.of(), stale, "rows in " + TABLE + " without sources in " + SOURCES);
    }
}
