package io.jplay.template;

/** A template could not be rendered; the message is Ansible's ({@code 'foo' is undefined}). */
public class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
