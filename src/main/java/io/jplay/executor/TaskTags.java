package io.jplay.executor;

import io.jplay.python.PyRepr;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task's tags as Ansible's tag filter reads them ({@code Taggable.evaluate_tags}): the tags of the task
 * and of everything around it, each templated with the play's variables (no host's), a tag that becomes
 * a list contributing its items. An undefined variable ends the run as Ansible's does (exit code 1).
 */
final class TaskTags {
    private final Templater templater;
    private final Map<String, Object> playVars;

    /** @param playVars the play's variables without a host ({@code VariableManager.playVars}) */
    TaskTags(Templater templater, Map<String, Object> playVars) {
        this.templater = templater;
        this.playVars = playVars;
    }

    /** The tags {@code written} (outermost first) once templated, each once, in order of first appearance. */
    List<String> evaluate(List<String> written) {
        if (written.stream().noneMatch(TaskTags::isTemplate)) {
            return List.copyOf(new LinkedHashSet<>(written));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String tag : written) {
            Object value = template(tag);
            if (value instanceof List<?> items) {
                items.forEach(i -> out.add(PyRepr.str(i)));
            } else {
                out.add(PyRepr.str(value));
            }
        }
        return new ArrayList<>(out);
    }

    private Object template(String tag) {
        if (!isTemplate(tag)) {
            return tag;
        }
        try {
            return templater.template(tag, playVars);
        } catch (TemplateException e) {
            throw new FatalRunError(e.reported(), 1, e);
        }
    }

    private static boolean isTemplate(String tag) {
        return tag.contains("{{") || tag.contains("{%");
    }
}
