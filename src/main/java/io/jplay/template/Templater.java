package io.jplay.template;

import io.jplay.yaml.Unsafe;
import java.util.Map;

/**
 * Ansible's templating: Jinja2 expressions over a host's variables.
 *
 * <p>Variables are passed as a plain map. A string value that holds {@code {{ }}} or {@code {% %}}
 * is templated lazily when it is used, in the scope of the same variables, with recursion detected.
 * A value wrapped in {@link Unsafe} is never templated, at any depth (registered results, facts,
 * {@code !unsafe} data).
 *
 * <p>Thread-safety: implementations are safe for use by many worker threads at once.
 */
public interface Templater {

    /**
     * Templates the text of the template file {@code file}: as {@link #template}, with
     * {@code include} and {@code import} also searching the file's own directory.
     */
    /**
     * The variables Ansible's {@code template} action adds for a source file: {@code template_*} and
     * {@code ansible_managed}; {@code srcArg} and {@code dest} as the task gave them.
     */
    Map<String, Object> templateVars(String srcArg, java.nio.file.Path source, String dest) throws TemplateException;

    default Object templateFile(String text, java.nio.file.Path file, Map<String, Object> vars) throws TemplateException {
        return template(text, vars);
    }


    /**
     * Templates every string inside {@code value} (recursing into lists and maps; keys too). A string
     * that is exactly one {@code {{ expression }}} keeps the expression's native type; mixed text
     * renders to a string with Python's rendering of values.
     *
     * @throws TemplateException for an undefined variable ({@code 'foo' is undefined}), a syntax
     *     error or a failing filter
     */
    Object template(Object value, Map<String, Object> vars) throws TemplateException;

    /**
     * As {@link #template}, each string's result wrapped in {@link Unsafe} when its template read an
     * unsafe value or ran a lookup (Ansible's {@code wrap_var} of such results), and an unsafe value
     * kept unsafe: what {@code set_fact} stores is then never templated again.
     */
    default Object templateMarkingUnsafe(Object value, Map<String, Object> vars) throws TemplateException {
        return template(value, vars);
    }

    /**
     * Evaluates a conditional as {@code when}, {@code until}, {@code changed_when},
     * {@code failed_when} and {@code assert}'s {@code that} do: a bare expression (or a boolean, or a
     * string that is one template), with Python truthiness. A list means "all of them".
     */
    boolean isTrue(Object conditional, Map<String, Object> vars) throws TemplateException;

    /** Whether templates give native types (DEFAULT_JINJA2_NATIVE). */
    default boolean jinja2Native() {
        return false;
    }

    /** The value of {@code omit} for this run: an argument templated to it is dropped. */
    String omitPlaceholder();

    /** Whether a string needs templating at all (holds a Jinja delimiter). */
    static boolean isTemplate(String s) {
        return s.contains("{{") || s.contains("{%") || s.contains("{#");
    }

    /** Python's {@code os.path.expanduser} on the controller: {@code ~} and {@code ~/...}; other paths unchanged. */
    default String expandUser(String path) {
        return path;
    }
}
