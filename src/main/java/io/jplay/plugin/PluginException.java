package io.jplay.plugin;

/** A plugin call through the bridge did not give a value; {@link #kind()} says why, as Python told it. */
public final class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a call failed. */
    public enum Kind {
        /** No such plugin; the message is Ansible's ({@code Could not load "x": 'x'}, {@code lookup plugin (x) not found}). */
        MISSING,
        /** The plugin used an undefined value ({@code AnsibleUndefinedVariable}, Jinja2's {@code UndefinedError}). */
        UNDEFINED,
        /** The plugin raised an {@code AnsibleError} (or a subclass, see {@link #pythonClass()}). */
        ANSIBLE,
        /** The plugin raised a {@code TypeError}. */
        TYPE,
        /** The plugin raised a {@code ValueError}. */
        VALUE,
        /** The plugin raised any other exception; {@link #traceback()} has Python's traceback. */
        EXCEPTION,
        /** No controller Python that imports ansible-core: nothing can run plugins. */
        UNAVAILABLE,
        /** The co-process exited or broke the protocol during the call; the next call starts a new one. */
        DIED
    }

    private final Kind kind;
    private final String pythonClass;
    private final String traceback;

    public PluginException(Kind kind, String message, String pythonClass, String traceback) {
        super(message);
        this.kind = kind;
        this.pythonClass = pythonClass;
        this.traceback = traceback;
    }

    public PluginException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Python's exception class, qualified unless built in ({@code ansible.errors.AnsibleFilterError}, {@code KeyError}), or null. */
    public String pythonClass() {
        return pythonClass;
    }

    /** Python's traceback for {@link Kind#EXCEPTION}, else null. */
    public String traceback() {
        return traceback;
    }
}
