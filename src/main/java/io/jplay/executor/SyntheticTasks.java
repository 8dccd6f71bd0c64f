package io.jplay.executor;

import io.jplay.playbook.Keywords;
import io.jplay.playbook.LoopControl;
import io.jplay.playbook.Play;
import io.jplay.playbook.Task;
import java.util.List;
import java.util.Map;

/** Tasks the executor adds on its own, such as the implicit fact gathering. */
final class SyntheticTasks {
    private SyntheticTasks() {
    }

    static Task gatherFacts(Play play) {
        return task("Gathering Facts", "gather_facts", Map.of(), play.location());
    }

    static Task task(String name, String action, Map<String, Object> args, io.jplay.playbook.SourceLocation location) {
        return new Task(name, action, args, Keywords.NONE, List.of(), null, null, LoopControl.DEFAULT, null, null, null,
                null, null, null, null, null, null, Map.of(), List.of("always"), List.of(), List.of(), location);
    }
}
