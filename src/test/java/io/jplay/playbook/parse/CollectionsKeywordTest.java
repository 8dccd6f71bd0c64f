package io.jplay.playbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.Play;
import io.jplay.playbook.Task;
import io.jplay.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code collections:} keyword as the parser scopes it: play, block, task, a role's meta, includes. */
class CollectionsKeywordTest {
    @TempDir
    Path dir;

    /** {@code hello} exists only in the collection {@code ns.coll}; {@code debug} exists everywhere. */
    private PlaybookParser parser() {
        ActionCheck check = (name, collections) -> name.equals("debug") || name.equals("ns.coll.hello")
                || (name.equals("hello") && collections.contains("ns.coll"));
        return new PlaybookParser(new YamlLoader(w -> { }), check, () -> List.of("debug"), List.of(), w -> { },
                d -> { });
    }

    private Play play(String text) throws Exception {
        Path p = write("site.yml", text);
        return parser().parse(p).plays().get(0);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void playBlockAndTaskScopes() throws Exception {
        Play p = play("- hosts: all\n  collections: [ns.coll]\n  tasks:\n    - hello:\n    - block:\n"
                + "        - hello:\n      collections: [other.coll, ns.coll]\n    - include_tasks: x.yml\n");
        assertEquals(List.of("ns.coll"), ((Task) p.tasks().get(0)).collections());
        Block block = (Block) p.tasks().get(1);
        assertEquals(List.of("other.coll", "ns.coll"),
                ((Task) block.block().get(0)).collections());
        assertEquals(List.of("ns.coll"), ((Include) p.tasks().get(2)).collections());
    }

    @Test
    void aShortNameOutsideItsCollectionDoesNotResolve() {
        PlaybookException e = assertThrows(PlaybookException.class,
                () -> play("- hosts: all\n  tasks:\n    - hello:\n"));
        assertTrue(e.getMessage().startsWith("couldn't resolve module/action 'hello'"), e.getMessage());
    }

    @Test
    void aTaskNamesASingleCollection() throws Exception {
        Play p = play("- hosts: all\n  tasks:\n    - hello:\n      collections: ns.coll\n    - debug:\n");
        assertEquals(List.of("ns.coll"), ((Task) p.tasks().get(0)).collections());
        assertEquals(List.of(), ((Task) p.tasks().get(1)).collections());
    }

    @Test
    void rolesUseTheirMetaCollectionsNotTheirCallers() throws Exception {
        write("roles/withmeta/meta/main.yml", "collections:\n  - ns.coll\n");
        write("roles/withmeta/tasks/main.yml", "- hello:\n");
        write("roles/plain/tasks/main.yml", "- debug:\n");
        Play p = play("- hosts: all\n  collections: [ns.coll]\n  roles: [withmeta, plain]\n");
        assertEquals(List.of("ns.coll"), ((Task) p.roles().get(0).block().get(0)).collections());
        assertEquals(List.of(), ((Task) p.roles().get(1).block().get(0)).collections());
    }

    @Test
    void includedTaskFilesInheritTheIncludesCollections() throws Exception {
        Path file = write("inc.yml", "- hello:\n");
        List<?> tasks = parser().loadTasks(file, dir, List.of("ns.coll"));
        assertEquals(List.of("ns.coll"), ((Task) tasks.get(0)).collections());
        assertThrows(PlaybookException.class, () -> parser().loadTasks(file, dir));
    }
}
