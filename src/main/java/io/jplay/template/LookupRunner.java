package io.jplay.template;

import java.util.List;
import java.util.Map;

/** Runs Ansible lookup plugins, as {@code with_<lookup>} loops need. */
public interface LookupRunner {

    /**
     * Runs lookup {@code name} on {@code terms} (already templated) with keyword options, in the scope
     * of {@code vars}; returns the list {@code query()} would.
     *
     * @throws TemplateException for an unknown lookup or a failing one, with Ansible's message
     */
    List<Object> runLookup(String name, List<Object> terms, Map<String, Object> kwargs, Map<String, Object> vars)
            throws TemplateException;
}
