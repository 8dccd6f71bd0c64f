package io.jplay.slice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.playbook.Keywords;
import io.jplay.playbook.LoopControl;
import io.jplay.playbook.Play;
import io.jplay.playbook.Playbook;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SliceSafetyTest {
    private static Task task(String action, Map<String, Object> args, Keywords keywords) {
        return new Task("t", action, args, keywords, List.of(), null, null, LoopControl.DEFAULT, null, null, null,
                null, null, null, null, null, null, Map.of(), List.of(), List.of(), List.of(), SourceLocation.UNKNOWN);
    }

    private static Keywords delegateTo(Object target) {
        return new Keywords(null, null, null, null, null, null, null, null, null, null, null, null, null, null, target,
                null, null, null);
    }

    private static Keywords runOnce() {
        return new Keywords(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                true, null, null);
    }

    private static List<String> problems(Set<String> members, List<TaskNode>... plays) {
        List<Play> list = new java.util.ArrayList<>();
        for (List<TaskNode> tasks : plays) {
            list.add(new Play("p", "all", false, Map.of(), List.of(), List.of(), List.of(), tasks, List.of(),
                    List.of(), Keywords.NONE, "linear", null, null, List.of(), null, SourceLocation.UNKNOWN, List.of(), List.of(), List.of()));
        }
        return SliceSafety.problems(List.of(new Playbook(Path.of("p.yml"), list)), members);
    }

    @Test
    void perHostWorkIsSafe() {
        assertEquals(List.of(), problems(Set.of("a"), List.of(
                task("debug", Map.of("msg", "{{ hostvars[inventory_hostname].x }} {{ groups['all'] }}"), Keywords.NONE),
                task("command", Map.of("_raw_params", "true"), delegateTo("localhost")),
                task("command", Map.of("_raw_params", "true"), delegateTo("a")),
                task("command", Map.of("_raw_params", "true"), delegateTo("{{ inventory_hostname }}")))));
    }

    @Test
    void eachCrossHostRuleIsFound() {
        List<String> found = problems(Set.of("a"), List.of(
                task("debug", Map.of("msg", "{{ hostvars['b'].x }}"), Keywords.NONE),
                task("debug", Map.of("var", "ansible_play_hosts"), Keywords.NONE),
                task("ping", Map.of(), runOnce()),
                task("ping", Map.of(), delegateTo("b")),
                task("ping", Map.of(), delegateTo("{{ item }}")),
                task("ansible.builtin.add_host", Map.of("name", "c"), Keywords.NONE)), List.of());
        String all = String.join("\n", found);
        for (String expected : List.of("reads hostvars of other hosts", "reads ansible_play_hosts", "uses run_once",
                "delegates to b, which is outside this slice", "delegates to '{{ item }}'", "uses add_host")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
        assertEquals(6, found.size(), all);
    }
}
