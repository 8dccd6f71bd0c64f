package io.jplay.template;

/**
 * Jinja2's {@code TemplateSyntaxError} (and Ansible's "Could not load" for an unknown filter or
 * test): {@link #detail} is Jinja2's text; the templater adds the template it was found in, as
 * {@code template error while templating string: <detail>. String: <template>. <detail>}.
 */
final class TemplateSyntaxError extends TemplateException {
    private static final long serialVersionUID = 1L;
    private final String detail;
    /** Jinja2's lexer's "unexpected char": the character and where it is (in the expression, or once moved, the template); else -1. */
    private final char unexpected;
    private final int at;

    TemplateSyntaxError(String detail) {
        this(detail, '\0', -1);
    }

    private TemplateSyntaxError(String detail, char unexpected, int at) {
        super("template error while templating string: " + detail);
        this.detail = detail;
        this.unexpected = unexpected;
        this.at = at;
    }

    /** Jinja2's lexer finding nothing that matches at {@code at}, which counts from the expression's start until {@link #movedBy}. */
    static TemplateSyntaxError unexpectedChar(char c, int at) {
        return new TemplateSyntaxError("unexpected char " + PythonRepr.repr(String.valueOf(c)) + " at " + at, c, at);
    }

    /** This error with its position counted from {@code offset} on (where the expression starts in the template). */
    TemplateSyntaxError movedBy(int offset) {
        return at < 0 || offset < 0 ? this : unexpectedChar(unexpected, at + offset);
    }

    /**
     * The message Ansible gives for this error in {@code template} templated with {@code _escape_backslashes}:
     * Jinja2 saw the template with every backslash of a string literal inside {@code {{ }}} doubled, so the
     * template shown and the position are that text's.
     */
    TemplateException inEscaped(String template) {
        if (template.indexOf('\\') < 0 || !template.contains("{{")) {
            return in(template);
        }
        java.util.List<Integer> doubled = AnsibleBackslashes.doubled(template);
        if (doubled == null) {
            return in(template);
        }
        StringBuilder shown = new StringBuilder(template);
        for (int k = doubled.size() - 1; k >= 0; k--) {
            shown.insert((int) doubled.get(k), '\\');
        }
        int before = (int) doubled.stream().filter(d -> d < at).count();
        TemplateSyntaxError moved = at < 0 ? this : unexpectedChar(unexpected, at + before);
        return moved.in(shown.toString());
    }

    String detail() {
        return detail;
    }

    /**
     * This error raised while the template runs (a filter or test named by text, as {@code map} and
     * {@code select} take them), where Ansible does not wrap it: Jinja2's exception escapes as it is.
     */
    TemplateException raisedAtRuntime() {
        String text = "TemplateSyntaxError: " + detail + "\n  line 0";
        return pythonException(text, "jinja2.exceptions." + text + "\n");
    }

    /** The message Ansible gives for this error found in {@code template}. */
    TemplateException in(String template) {
        return new TemplateException("template error while templating string: " + detail + ". String: " + template
                + ". " + detail, this);
    }
}
