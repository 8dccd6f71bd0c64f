package io.jplay.playbook.parse;

import java.util.List;

/** Whether a task's action name resolves to a module, given the {@code collections:} keyword in effect. */
@FunctionalInterface
public interface ActionCheck {
    boolean exists(String name, List<String> collections);
}
