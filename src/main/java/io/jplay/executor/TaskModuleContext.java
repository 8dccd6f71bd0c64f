package io.jplay.executor;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ConnectionFactory;
import io.jplay.connection.ConnectionTarget;
import io.jplay.module.ModuleContext;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import java.nio.file.Path;
import java.util.Map;

/** The {@link ModuleContext} of one task on one host; the connection opens on first use. */
final class TaskModuleContext implements ModuleContext {

    /** What stays the same for every attempt and item of a task on a host. */
    record Settings(String hostName, ConnectionTarget target, Become become, Map<String, String> environment,
            boolean checkMode, boolean diffMode, int verbosity, Path baseDir, String action, boolean noLog) {
    }

    private final Settings settings;
    private final Map<String, Object> args;
    private final Map<String, Object> vars;
    private final Templater templater;
    private final ConnectionFactory connections;
    private final Emitter emitter;
    private final io.jplay.module.ActionSupport actions;
    private Traced traced;

    TaskModuleContext(Settings settings, Map<String, Object> args, Map<String, Object> vars, Templater templater,
            ConnectionFactory connections, Emitter emitter) {
        this(settings, args, vars, templater, connections, emitter, io.jplay.module.ActionSupport.NONE);
    }

    TaskModuleContext(Settings settings, Map<String, Object> args, Map<String, Object> vars, Templater templater,
            ConnectionFactory connections, Emitter emitter, io.jplay.module.ActionSupport actions) {
        this.actions = actions;
        this.settings = settings;
        this.args = args;
        this.vars = vars;
        this.templater = templater;
        this.connections = connections;
        this.emitter = emitter;
    }

    @Override
    public Map<String, Object> args() {
        return args;
    }

    @Override
    public String hostName() {
        return settings.hostName();
    }

    @Override
    public Map<String, Object> vars() {
        return vars;
    }

    /** At {@code -vvv} and above: the connection, showing what it runs. */
    @Override
    public Connection connection() throws ConnectionException {
        Connection connection = connections.connect(settings.target());
        if (settings.verbosity() < 3) {
            return connection;
        }
        if (traced == null || traced.connection != connection) {
            traced = new Traced(connection, new TracingConnection(connection, settings.target(), emitter, settings.noLog()));
        }
        return traced.tracing;
    }

    /** The traced connection handed out last, so that a local connection announces itself once per task. */
    private record Traced(Connection connection, TracingConnection tracing) {
    }

    @Override
    public Become become() {
        return settings.become();
    }

    @Override
    public Map<String, String> environment() {
        return settings.environment();
    }

    @Override
    public boolean checkMode() {
        return settings.checkMode();
    }

    @Override
    public boolean diffMode() {
        return settings.diffMode();
    }

    @Override
    public boolean noLog() {
        return settings.noLog();
    }

    @Override
    public String action() {
        return settings.action();
    }

    @Override
    public String expandControllerUser(String path) {
        return templater.expandUser(path);
    }

    @Override
    public Object template(Object value) throws TemplateException {
        return templater.template(value, vars);
    }

    @Override
    public Object templateFile(String text, java.nio.file.Path file) throws TemplateException {
        return templater.templateFile(text, file, vars);
    }

    @Override
    public Object templateFile(String text, java.nio.file.Path file, String srcArg, String dest) throws TemplateException {
        Map<String, Object> extra = templater.templateVars(srcArg, file, dest);
        Map<String, Object> scope;
        if (vars instanceof io.jplay.vars.LayeredVars layered) {
            scope = layered.with(extra);
        } else {
            scope = new java.util.LinkedHashMap<>(vars);
            scope.putAll(extra);
        }
        return templater.templateFile(text, file, scope);
    }

    @Override
    public boolean isTrue(Object conditional) throws TemplateException {
        return templater.isTrue(conditional, vars);
    }

    @Override
    public void display(String line) {
        emitter.emit(l -> l.display(line));
    }

    @Override
    public void warn(String message) {
        emitter.emit(l -> l.warning(message));
    }

    @Override
    public io.jplay.module.ActionSupport actions() {
        return actions;
    }

    @Override
    public Path baseDir() {
        return settings.baseDir();
    }

    @Override
    public int verbosity() {
        return settings.verbosity();
    }

    @Override
    public boolean jinja2Native() {
        return templater.jinja2Native();
    }
}
