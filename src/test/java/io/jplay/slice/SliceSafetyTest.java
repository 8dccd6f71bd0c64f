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

    private static List<String> problems(boolean spread, List<TaskNode>... plays) {
        List<Play> list = new java.util.ArrayList<>();
        for (List<TaskNode> tasks : plays) {
            list.add(new Play("p", "all", false, Map.of(), List.of(), List.of(), List.of(), tasks, List.of(),
                    List.of(), Keywords.NONE, "linear", null, null, List.of(), null, SourceLocation.UNKNOWN, List.of(), List.of(), List.of()));
        }
        return SliceSafety.problems(List.of(new Playbook(Path.of("p.yml"), list)), spread);
    }

    @Test
    void perHostWorkIsSafe() {
        assertEquals(List.of(), problems(true, List.of(
                task("debug", Map.of("msg", "{{ hostvars[inventory_hostname].x }} {{ groups['all'] }}"), Keywords.NONE),
                task("command", Map.of("_raw_params", "true"), delegateTo("localhost")),
                task("command", Map.of("_raw_params", "true"), delegateTo("{{ inventory_hostname }}")))));
    }

    @Test
    void delegatingToAnotherHostIsRefusedInEverySliceOnceHostsAreSpread() {
        List<TaskNode> tasks = List.of(task("ping", Map.of(), delegateTo("a")),
                task("ping", Map.of(), delegateTo("{{ groups.web[0] }}")));
        List<String> found = problems(true, tasks);
        assertEquals(2, found.size(), String.join("\n", found));
        assertTrue(found.get(0).contains("delegates to a, which every slice would work on"), found.get(0));
        assertTrue(found.get(1).contains("delegates to '{{ groups.web[0] }}', which cannot be checked"), found.get(1));
        // one slice holding every host is the whole run: it may delegate as the unsliced run does
        assertEquals(List.of(), problems(false, tasks));
    }

    @Test
    void eachCrossHostRuleIsFound() {
        List<String> found = problems(true, List.of(
                task("debug", Map.of("msg", "{{ hostvars['b'].x }}"), Keywords.NONE),
                task("debug", Map.of("var", "ansible_play_hosts"), Keywords.NONE),
                task("ping", Map.of(), runOnce()),
                task("ping", Map.of(), delegateTo("b")),
                task("ping", Map.of(), delegateTo("{{ item }}")),
                task("ansible.builtin.add_host", Map.of("name", "c"), Keywords.NONE)), List.of());
        String all = String.join("\n", found);
        for (String expected : List.of("reads hostvars of other hosts", "reads ansible_play_hosts", "uses run_once",
                "delegates to b, which every slice would work on", "delegates to '{{ item }}'", "uses add_host")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
        assertEquals(6, found.size(), all);
    }
}
