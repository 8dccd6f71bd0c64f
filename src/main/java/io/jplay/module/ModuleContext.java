package io.jplay.module;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.template.TemplateException;
import java.util.Map;

/**
 * What a module sees while it runs on one host: its templated arguments, the host's variables, the
 * connection (opened on first use) and the task's settings.
 */
public interface ModuleContext {

    /** The task's arguments, already templated, with {@code omit} removed. Free-form text is under {@code _raw_params}. */
    Map<String, Object> args();

    /** The inventory name of the host the task runs for. */
    String hostName();

    /** The host's variables for this task (lazy templating applies). */
    Map<String, Object> vars();

    /** The connection to the target (the delegated one under {@code delegate_to}); opened on first call. */
    Connection connection() throws ConnectionException;

    /** Privilege escalation for commands of this task, or {@code null}. */
    Become become();

    /** The task's {@code environment:}, templated. */
    Map<String, String> environment();

    boolean checkMode();

    boolean diffMode();

    /** Whether the task is {@code no_log} (modules censor what they return and log). */
    default boolean noLog() {
        return false;
    }

    /**
     * The module's name in its messages ({@code Unsupported parameters for (name) module}): the task's action as
     * written, as Ansible passes it to a module without an action plugin; {@code fallback} when unknown.
     */
    default String moduleName(String fallback) {
        return action().isEmpty() ? fallback : action();
    }

    /** The task's action as written ({@code stat}, {@code ansible.builtin.stat}); empty when unknown. */
    default String action() {
        return "";
    }

    /** Templates a value with the host's variables. */
    Object template(Object value) throws TemplateException;

    /** Templates the text of a template file, whose directory {@code include} and {@code import} also search. */
    default Object templateFile(String text, java.nio.file.Path file) throws TemplateException {
        return template(text);
    }

    /**
     * Renders a template file as the {@code template} action does: with the host's variables plus
     * Ansible's {@code template_*} variables and {@code ansible_managed} for {@code file}.
     */
    default Object templateFile(String text, java.nio.file.Path file, String srcArg, String dest) throws TemplateException {
        return templateFile(text, file);
    }

    /** Evaluates a conditional with the host's variables. */
    boolean isTrue(Object conditional) throws TemplateException;

    /** Shows a line on the terminal while the action runs, as Ansible's actions do with {@code display}. */
    default void display(String line) {
    }

    /** Emits a {@code [WARNING]: ...} through the run's listener. */
    void warn(String message);

    /** Whether the run's templates give native types (DEFAULT_JINJA2_NATIVE). */
    default boolean jinja2Native() {
        return false;
    }

    /** The run's verbosity ({@code -v} count); {@code debug}'s {@code verbosity:} is compared with it. */
    default int verbosity() {
        return 0;
    }

    /** The other modules of the task, for an action that runs one ({@code package} runs {@code apt}). */
    default ActionSupport actions() {
        return ActionSupport.NONE;
    }

    /** The directory relative paths in module arguments are resolved against (the playbook's or role's). */
    java.nio.file.Path baseDir();

    /** {@code os.path.expanduser} on the controller, for action-side paths ({@code src} read by jplay). */
    default String expandControllerUser(String path) {
        return path;
    }
}
