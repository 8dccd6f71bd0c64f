package io.jplay.playbook.parse;

import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Flattens a parsed handler list into the plain tasks a play's handler section holds. */
final class Handlers {

    private Handlers() {
    }

    static List<Task> flatten(List<TaskNode> nodes, Consumer<String> warnings) {
        List<Task> out = new ArrayList<>();
        for (TaskNode node : nodes) {
            if (node instanceof Task t) {
                out.add(t);
            } else if (node instanceof Block b) {
                out.addAll(flatten(b.block(), warnings));
                out.addAll(flatten(b.always(), warnings));
            } else if (node instanceof Include i) {
                warnings.accept("jplay does not support " + i.kind() + " in handlers; ignored (" + i.location() + ")");
            }
        }
        return out;
    }
}
