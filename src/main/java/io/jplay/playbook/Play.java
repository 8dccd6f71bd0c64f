package io.jplay.playbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One play. {@code roles} are expanded into blocks at the front of {@code tasks}' phase, as Ansible
 * runs them: pre_tasks, then roles, then tasks, then post_tasks, each phase followed by a handler
 * flush. {@code varsPrompt} holds the {@code vars_prompt} entries as written, answered when the play starts.
 * {@code hosts} is the host pattern as written: a string (which may be a template), or a list of them.
 * {@code roleNames} are the roles the play names in {@code roles:} and imports with {@code import_role}, in
 * that order (a role named twice is there twice); {@code dependencyRoleNames} the roles those depend on, each once.
 * {@code handlers} are the play's own; each role carries its handlers. {@code appliedRoleKeys} are the role
 * keys (the parser's) of the roles its {@code roles:} section and every role's dependencies apply: as Ansible's
 * role cache, an {@code include_role} does not run those dependencies again.
 */
public record Play(
        String name,
        Object hosts,
        Object gatherFacts,
        Map<String, Object> vars,
        List<Object> varsFiles,
        List<TaskNode> preTasks,
        List<Block> roles,
        List<TaskNode> tasks,
        List<TaskNode> postTasks,
        List<Task> handlers,
        Keywords keywords,
        String strategy,
        Object serial,
        Object maxFailPercentage,
        List<String> tags,
        Path baseDir,
        SourceLocation location,
        List<Map<String, Object>> varsPrompt,
        List<String> roleNames,
        List<String> dependencyRoleNames,
        Object order,
        List<String> appliedRoleKeys) {

    /** A play without {@code order} (inventory order). */
    public Play(String name, Object hosts, Object gatherFacts, Map<String, Object> vars, List<Object> varsFiles,
            List<TaskNode> preTasks, List<Block> roles, List<TaskNode> tasks, List<TaskNode> postTasks,
            List<Task> handlers, Keywords keywords, String strategy, Object serial, Object maxFailPercentage,
            List<String> tags, Path baseDir, SourceLocation location, List<Map<String, Object>> varsPrompt,
            List<String> roleNames, List<String> dependencyRoleNames) {
        this(name, hosts, gatherFacts, vars, varsFiles, preTasks, roles, tasks, postTasks, handlers, keywords, strategy,
                serial, maxFailPercentage, tags, baseDir, location, varsPrompt, roleNames, dependencyRoleNames, null,
                null);
    }

    public Play {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        varsFiles = varsFiles == null ? List.of() : List.copyOf(varsFiles);
        preTasks = preTasks == null ? List.of() : List.copyOf(preTasks);
        roles = roles == null ? List.of() : List.copyOf(roles);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        postTasks = postTasks == null ? List.of() : List.copyOf(postTasks);
        handlers = handlers == null ? List.of() : List.copyOf(handlers);
        keywords = keywords == null ? Keywords.NONE : keywords;
        tags = tags == null ? List.of() : List.copyOf(tags);
        location = location == null ? SourceLocation.UNKNOWN : location;
        varsPrompt = varsPrompt == null ? List.of() : List.copyOf(varsPrompt);
        roleNames = roleNames == null ? List.of() : List.copyOf(roleNames);
        dependencyRoleNames = dependencyRoleNames == null ? List.of() : List.copyOf(dependencyRoleNames);
        appliedRoleKeys = appliedRoleKeys == null ? List.of() : List.copyOf(appliedRoleKeys);
    }

    /** This play with {@code vars} as its play variables (Ansible sets answered prompts into them). */
    public Play withVars(Map<String, Object> vars) {
        return new Play(name, hosts, gatherFacts, vars, varsFiles, preTasks, roles, tasks, postTasks, handlers, keywords,
                strategy, serial, maxFailPercentage, tags, baseDir, location, varsPrompt, roleNames, dependencyRoleNames,
                order, appliedRoleKeys);
    }
}
