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

    /** The message Ansible gives for this error found in {@code template}. */
    TemplateException in(String template) {
        return new TemplateException("template error while templating string: " + detail + ". String: " + template
                + ". " + detail, this);
    }
}
