package io.jplay.template;

/**
 * A template could not be rendered; the message is the one Ansible shows ({@code 'foo' is undefined},
 * {@code template error while templating string: ...}). {@link #isUndefined()} tells an undefined
 * variable or attribute (Ansible's {@code AnsibleUndefinedVariable}, which tasks report as "The task
 * includes an option with an undefined variable") from every other error.
 */
public class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private String traceback;

    /** What Python raised, where Ansible's handling depends on it. */
    public enum Kind {
        /** An {@code AnsibleError} (or an error jplay reports as one). */
        ANSIBLE,
        /** Jinja2's {@code UndefinedError} / Ansible's {@code AnsibleUndefinedVariable}. */
        UNDEFINED,
        /** A Python {@code ValueError} escaping a filter or test (e.g. {@code math domain error}). */
        VALUE_ERROR,
        /** Any other Python exception escaping a Python plugin; {@link #traceback()} has Python's traceback. */
        PYTHON_EXCEPTION
    }

    public TemplateException(String message) {
        this(message, null, Kind.ANSIBLE);
    }

    public TemplateException(String message, Throwable cause) {
        this(message, cause, cause instanceof TemplateException t && t.kind == Kind.UNDEFINED ? Kind.UNDEFINED
                : Kind.ANSIBLE);
    }

    protected TemplateException(String message, Throwable cause, Kind kind) {
        super(message, cause);
        this.kind = kind;
    }

    /**
     * A template error carried through code that cannot throw checked exceptions (a comparator, a map's
     * {@code get}); the templater unwraps it into the {@link TemplateException} inside.
     */
    public static class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unchecked(TemplateException cause) {
            super(cause);
        }

        @Override
        public synchronized TemplateException getCause() {
            return (TemplateException) super.getCause();
        }
    }

    /** An undefined variable or attribute was used. */
    public static TemplateException undefined(String message) {
        return new TemplateException(message, null, Kind.UNDEFINED);
    }

    /** A Python {@code ValueError} with its message. */
    public static TemplateException valueError(String message) {
        return new TemplateException(message, null, Kind.VALUE_ERROR);
    }

    /** A Python exception other than AnsibleError, TypeError and ValueError, raised by a Python plugin. */
    public static TemplateException pythonException(String message, String traceback) {
        TemplateException e = new TemplateException(message, null, Kind.PYTHON_EXCEPTION);
        e.traceback = traceback;
        return e;
    }

    /** Python's traceback of a {@link Kind#PYTHON_EXCEPTION}, else null. */
    public String traceback() {
        return traceback;
    }

    /** True when the error is (or wraps) the use of an undefined variable or attribute. */
    public boolean isUndefined() {
        return kind == Kind.UNDEFINED;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * An undefined-variable message as Ansible reports it: its templar re-raises the error with the
     * original as cause, so the message comes once more after the whole of it ("'x' is undefined.
     * 'x' is undefined"); in a conditional's error only the part after the condition is repeated.
     */
    public String reported() {
        return isUndefined() ? doubled(getMessage()) : getMessage();
    }

    /** The rule of {@link #reported()} on an undefined error's message. */
    public static String doubled(String message) {
        if (message == null) {
            return null;
        }
        String prefix = "error while evaluating conditional (";
        String inner = message;
        if (message.startsWith(prefix)) {
            int end = message.indexOf("): ");
            if (end > 0) {
                inner = message.substring(end + 3);
            }
        }
        return message + ". " + inner;
    }
}
