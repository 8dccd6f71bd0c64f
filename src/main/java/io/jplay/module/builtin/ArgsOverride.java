package io.jplay.module.builtin;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleContext;
import io.jplay.template.TemplateException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The same task context with other arguments: how an action runs a helper module ({@code copy}
 * running {@code file}, {@code package} running {@code ansible.legacy.apt}), optionally under the
 * action name the helper is run as.
 */
final class ArgsOverride implements ModuleContext {
    private final ModuleContext base;
    private final Map<String, Object> args;
    private final String action;

    ArgsOverride(ModuleContext base, Map<String, Object> args) {
        this(base, args, null);
    }

    ArgsOverride(ModuleContext base, Map<String, Object> args, String action) {
        this.base = base;
        this.args = args;
        this.action = action;
    }

    @Override
    public String action() {
        return action == null ? base.action() : action;
    }

    @Override
    public boolean noLog() {
        return base.noLog();
    }

    @Override
    public void display(String line) {
        base.display(line);
    }

    @Override
    public io.jplay.module.ActionSupport actions() {
        return base.actions();
    }

    @Override
    public Object templateFile(String text, Path file) throws TemplateException {
        return base.templateFile(text, file);
    }

    @Override
    public Object templateFile(String text, Path file, String srcArg, String dest) throws TemplateException {
        return base.templateFile(text, file, srcArg, dest);
    }

    @Override
    public Map<String, Object> args() {
        return args;
    }

    @Override
    public String hostName() {
        return base.hostName();
    }

    @Override
    public Map<String, Object> vars() {
        return base.vars();
    }

    @Override
    public Connection connection() throws ConnectionException {
        return base.connection();
    }

    @Override
    public Become become() {
        return base.become();
    }

    @Override
    public Map<String, String> environment() {
        return base.environment();
    }

    @Override
    public boolean checkMode() {
        return base.checkMode();
    }

    @Override
    public boolean diffMode() {
        return base.diffMode();
    }

    @Override
    public Object template(Object value) throws TemplateException {
        return base.template(value);
    }

    @Override
    public boolean isTrue(Object conditional) throws TemplateException {
        return base.isTrue(conditional);
    }

    @Override
    public void warn(String message) {
        base.warn(message);
    }

    @Override
    public int verbosity() {
        return base.verbosity();
    }

    @Override
    public Path baseDir() {
        return base.baseDir();
    }
}
