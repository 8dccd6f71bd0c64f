package io.jplay.template;

/**
 * Jinja2's {@code TemplateSyntaxError} (and Ansible's "Could not load" for an unknown filter or
 * test): {@link #detail} is Jinja2's text; the templater adds the template it was found in, as
 * {@code template error while templating string: <detail>. String: <template>. <detail>}.
 */
final class TemplateSyntaxError extends TemplateException {
    private static final long serialVersionUID = 1L;
    private final String detail;

    TemplateSyntaxError(String detail) {
        super("template error while templating string: " + detail);
        this.detail = detail;
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
