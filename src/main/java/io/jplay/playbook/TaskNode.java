package io.jplay.playbook;

import java.util.List;
import java.util.Map;

/** An entry of a task list: a task, a block, or a dynamic include. */
public sealed interface TaskNode permits Task, Block, Include {

    SourceLocation location();

    /** The {@code when} conditions written on this node (all must hold). */
    List<Object> when();

    /** The tags written on this node. */
    List<String> tags();

    Map<String, Object> vars();

    Keywords keywords();
}
