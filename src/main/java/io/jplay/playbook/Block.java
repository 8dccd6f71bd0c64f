package io.jplay.playbook;

import java.util.List;
import java.util.Map;

/**
 * A {@code block} with its {@code rescue} and {@code always} sections. Roles and static imports are
 * expanded into blocks too; {@code role} is then the role they came from.
 *
 * @param includeParams for a static bare {@code include}, its {@code vars:}, which are also include parameters,
 *     above {@code set_fact} and {@code include_vars}, as Ansible's include params (its {@code key=value}
 *     arguments are only block vars); empty otherwise
 */
public record Block(
        String name,
        List<TaskNode> block,
        List<TaskNode> rescue,
        List<TaskNode> always,
        Keywords keywords,
        List<Object> when,
        Map<String, Object> vars,
        List<String> tags,
        Role role,
        SourceLocation location,
        Map<String, Object> includeParams) implements TaskNode {

    /** A block whose vars are block vars. */
    public Block(String name, List<TaskNode> block, List<TaskNode> rescue, List<TaskNode> always, Keywords keywords,
            List<Object> when, Map<String, Object> vars, List<String> tags, Role role, SourceLocation location) {
        this(name, block, rescue, always, keywords, when, vars, tags, role, location, Map.of());
    }

    public Block {
        block = block == null ? List.of() : List.copyOf(block);
        rescue = rescue == null ? List.of() : List.copyOf(rescue);
        always = always == null ? List.of() : List.copyOf(always);
        keywords = keywords == null ? Keywords.NONE : keywords;
        when = when == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(when));
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        tags = tags == null ? List.of() : List.copyOf(tags);
        location = location == null ? SourceLocation.UNKNOWN : location;
        includeParams = includeParams == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(includeParams));
    }
}
