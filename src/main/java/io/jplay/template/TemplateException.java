package io.jplay.template;

/**
 * A template could not be rendered; the message is the one Ansible shows ({@code 'foo' is undefined},
 * {@code template error while templating string: ...}). {@link #isUndefined()} tells an undefined
 * variable or attribute (Ansible's {@code AnsibleUndefinedVariable}, which tasks report as "The task
 * includes an option with an undefined variable") from every other error.
 */
public class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean undefined;

    public TemplateException(String message) {
        this(message, null, false);
    }

    public TemplateException(String message, Throwable cause) {
        this(message, cause, cause instanceof TemplateException t && t.undefined);
    }

    private TemplateException(String message, Throwable cause, boolean undefined) {
        super(message, cause);
        this.undefined = undefined;
    }

    /** An undefined variable or attribute was used. */
    public static TemplateException undefined(String message) {
        return new TemplateException(message, null, true);
    }

    /** True when the error is (or wraps) the use of an undefined variable or attribute. */
    public boolean isUndefined() {
        return undefined;
    }
}
