package io.jplay.template;

/** A Python {@code TypeError}/{@code ValueError} raised while evaluating; Ansible wraps these. */
final class TemplateTypeError extends TemplateException {
    private static final long serialVersionUID = 1L;

    TemplateTypeError(String message) {
        super(message);
    }
}
