package io.jplay.executor;

import io.jplay.json.JsonWriter;
import io.jplay.template.LookupRunner;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The items of a {@code loop} (a templated list) or of a {@code with_<lookup>} (the lookup run on
 * the templated terms), for tasks and includes alike.
 */
final class LoopItems {
    private LoopItems() {
    }

    /**
     * @param kind {@code loop} (or {@code null}) or the lookup name of {@code with_<lookup>}
     * @param action the task's action as written, which picks the role subdirectory a file lookup searches
     */
    static List<Object> resolve(String kind, Object loop, String action, Templater templater, LookupRunner lookups,
            Map<String, Object> vars) throws TemplateException {
        Object value = templater.template(loop, vars);
        if (kind == null || kind.equals("loop")) {
            if (value instanceof List<?> l) {
                return new ArrayList<>(l);
            }
            throw new IllegalArgumentException("Invalid data passed to 'loop', it requires a list, got this instead: "
                    + JsonWriter.python().write(value) + ". Hint: If you passed a list/dict of just one "
                    + "element, try adding wantlist=True to your lookup invocation or use q/query instead of lookup.");
        }
        return lookups.runLoopLookup(kind, value, vars, fileSubdir(action));
    }

    /**
     * As Ansible's task executor gives a loop lookup its context: {@code templates} when the action's name
     * contains "template", else {@code vars} when it contains "var", else {@code files}.
     */
    static String fileSubdir(String action) {
        String a = action == null ? "" : action;
        return a.contains("template") ? "templates" : a.contains("var") ? "vars" : "files";
    }
}
