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
    private String pythonClass;

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

    /** A Python exception of a subclass of {@code ValueError} ({@code json.decoder.JSONDecodeError}, {@code binascii.Error}). */
    public static TemplateException valueError(String pythonClass, String message) {
        TemplateException e = valueError(message);
        e.pythonClass = pythonClass;
        return e;
    }

    /** An Ansible error of a subclass of {@code AnsibleError} ({@code ansible.errors.AnsibleFilterError}). */
    public static TemplateException ansibleError(String pythonClass, String message) {
        TemplateException e = new TemplateException(message);
        e.pythonClass = pythonClass;
        return e;
    }

    /**
     * A Python exception that Ansible lets escape the template as it is ({@code re.error}), with a traceback
     * ending in its class and message, as Ansible's task result shows it.
     */
    public static TemplateException escaping(String pythonClass, String message) {
        return pythonException(pythonClass + ": " + message, "Traceback (most recent call last):\n"
                + "  File \"<template>\", line 1, in top-level template code\n" + pythonClass + ": " + message + "\n");
    }

    /**
     * The Python class of the error, as Ansible's messages name it: {@code ValueError} (or the subclass
     * given), the class a {@link Kind#PYTHON_EXCEPTION}'s message starts with, else Ansible's own error class.
     */
    public String pythonClass() {
        if (pythonClass != null) {
            return pythonClass;
        }
        String message = getMessage();
        return switch (kind) {
            case VALUE_ERROR -> "ValueError";
            case PYTHON_EXCEPTION -> message != null && message.contains(": ") ? message.substring(0, message.indexOf(": "))
                    : "Exception";
            default -> "ansible.errors.AnsibleError";
        };
    }

    /** The error's own message, without the class a {@link Kind#PYTHON_EXCEPTION}'s message starts with. */
    public String pythonMessage() {
        String message = getMessage();
        return kind == Kind.PYTHON_EXCEPTION && message != null && message.contains(": ")
                ? message.substring(message.indexOf(": ") + 2) : message;
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
