package io.jplay.template;

import java.util.List;
import java.util.Map;

/** Runs Ansible lookup plugins, as {@code with_<lookup>} loops need. */
public interface LookupRunner {

    /**
     * Runs lookup {@code name} as a {@code with_<name>} loop does, on {@code terms}: the loop's templated
     * value, given as Ansible's {@code listify_lookup_plugin_terms} leaves it (a list is the terms, a dict
     * stays a dict, which most lookups iterate by key, anything else is the one term); returns the items,
     * tuples among them as lists.
     *
     * @throws TemplateException for an unknown lookup or a failing one, with Ansible's message
     */
    default List<Object> runLoopLookup(String name, Object terms, Map<String, Object> vars) throws TemplateException {
        return runLoopLookup(name, terms, vars, "files");
    }

    /**
     * As {@link #runLoopLookup(String, Object, Map)}, with the role subdirectory a file lookup such as
     * {@code first_found} searches: Ansible gives a loop lookup the task's context ({@code templates},
     * {@code vars} or {@code files}, see {@code LoopItems}).
     */
    List<Object> runLoopLookup(String name, Object terms, Map<String, Object> vars, String fileSubdir)
            throws TemplateException;
}
