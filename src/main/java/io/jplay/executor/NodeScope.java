package io.jplay.executor;

import io.jplay.playbook.Keywords;
import io.jplay.playbook.Role;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import io.jplay.vars.VarsScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the nodes of a task list inherit from the blocks, roles and includes around them.
 *
 * @param roleChain the directories of the roles the nodes are in, outermost (the dependent or including
 *     role) first: Ansible's dependency chain
 * @param playDir the play's directory (Ansible's loader base directory)
 * @param playAt where the play starts (the path Ansible gives a task made without a source, e.g. a role's argument
 *     validation task)
 * @param rescuable whether an enclosing block has a {@code rescue} section for a failure here
 * @param recovers whether an enclosing block still has a {@code rescue} or {@code always} section to run after a
 *     failure here (then {@code any_errors_fatal} does not end the play for the host)
 */
record NodeScope(Keywords keywords, List<Object> conditions, List<String> tags, VarsScope vars, boolean rescuable,
        boolean recovers, Role role, Path baseDir, List<Path> roleChain, Path playDir, SourceLocation playAt) {

    static NodeScope ofPlay(Keywords playKeywords, List<String> playTags, Path baseDir, SourceLocation playAt) {
        return new NodeScope(playKeywords, List.of(), playTags, VarsScope.EMPTY, false, false, null, baseDir, List.of(),
                baseDir, playAt);
    }

    /** The scope inside {@code node}: its keywords over ours, its conditions and tags after ours. */
    NodeScope enter(TaskNode node) {
        VarsScope inner = vars.withBlockVars(node.vars());
        if (node instanceof io.jplay.playbook.Block b && !b.includeParams().isEmpty()) {
            inner = inner.withParams(b.includeParams());
        }
        return new NodeScope(node.keywords().inheritFrom(keywords), concat(conditions, node.when()),
                concat(tags, node.tags()), inner, rescuable, recovers, role, baseDir, roleChain, playDir, playAt);
    }

    NodeScope withRole(Role r) {
        List<Path> chain = new ArrayList<>(roleChain);
        for (Path p : r.parentPaths()) {
            if (!chain.contains(p)) {
                chain.add(p);
            }
        }
        if (r.path() != null) {
            chain.add(r.path());
        }
        return new NodeScope(keywords, conditions, tags, vars.withRole(r.defaults(), r.vars(), r.params()), rescuable,
                recovers, r, r.path() == null ? baseDir : r.path(), List.copyOf(chain), playDir, playAt);
    }

    /** This scope with a failure rescued or not ({@code rescuable}), and recovered from or not ({@code recovers}). */
    NodeScope handling(boolean rescuable, boolean recovers) {
        return new NodeScope(keywords, conditions, tags, vars, rescuable, recovers, role, baseDir, roleChain, playDir, playAt);
    }

    NodeScope withParams(Map<String, Object> params) {
        return new NodeScope(keywords, conditions, tags, vars.withParams(params), rescuable, recovers, role, baseDir, roleChain,
                playDir, playAt);
    }

    NodeScope withBaseDir(Path dir) {
        return new NodeScope(keywords, conditions, tags, vars, rescuable, recovers, role, dir, roleChain, playDir, playAt);
    }

    TaskContext taskContext(Task task, boolean handler) {
        Keywords effective = task.keywords().inheritFrom(keywords);
        Map<String, Object> special = special(task.location());
        // as Ansible's get_vars: 'environment' is the task's environment keyword, a list of what each level wrote
        Object env = effective.environment();
        special.put("environment", env == null ? List.of() : env instanceof List<?> ? env : List.of(env));
        return new TaskContext(task, effective, concat(conditions, task.when()),
                concat(tags, task.tags()), vars.withTaskVars(task.vars()).withSpecial(special), rescuable,
                recovers, handler, role, baseDir);
    }

    /**
     * The task's special variables: its role's names and path, and {@code ansible_search_path} (the role
     * chain innermost first, the task file's directory, the play's directory), as Ansible sets them.
     */
    Map<String, Object> special(io.jplay.playbook.SourceLocation location) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (role != null) {
            out.put("role_name", role.shortName());
            out.put("role_path", String.valueOf(role.path()));
            out.put("ansible_role_name", role.name());
            out.put("ansible_collection_name", role.collection());
        }
        List<Object> search = new ArrayList<>();
        for (int i = roleChain.size() - 1; i >= 0; i--) {
            search.add(roleChain.get(i).toString());
        }
        String file = location == null || location.line() <= 0 ? null : location.file();
        if (file != null && Path.of(file).toAbsolutePath().getParent() != null) {
            String dir = Path.of(file).toAbsolutePath().getParent().toString();
            if (!search.contains(dir)) {
                search.add(dir);
            }
        }
        if (playDir != null && !search.contains(playDir.toString())) {
            search.add(playDir.toString());
        }
        out.put("ansible_search_path", search);
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }
}
