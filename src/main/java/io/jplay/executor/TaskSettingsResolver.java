package io.jplay.executor;

import io.jplay.connection.ConnectionTarget;
import io.jplay.inventory.Host;
import io.jplay.playbook.Keywords;
import io.jplay.result.Truth;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import io.jplay.vars.VariableManager;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves what stays fixed for a task on a host: the connection target (the delegated host's under
 * {@code delegate_to}), become, the environment, check and diff mode.
 */
final class TaskSettingsResolver {
    private final RunServices services;
    private final RunOptions options;
    private final VariableManager variables;
    private final Templater templater;
    private final ConnectionResolver connections;

    TaskSettingsResolver(RunServices services, RunOptions options, VariableManager variables) {
        this.services = services;
        this.options = options;
        this.variables = variables;
        this.templater = services.templater();
        this.connections = new ConnectionResolver(templater, options);
    }

    TaskModuleContext.Settings resolve(TaskContext tc, Host host, Map<String, Object> vars) throws TemplateException {
        Keywords keywords = tc.keywords();
        ConnectionTarget target;
        String delegate = delegateOf(keywords, vars);
        if (delegate != null && !delegate.equals(host.name())) {
            Host delegated = services.inventory().host(delegate).orElse(null);
            if (delegated == null && isLocal(delegate)) {
                delegated = services.inventory().implicitLocalhost();
            }
            Map<String, Object> delegatedVars = delegated == null
                    ? Map.of("inventory_hostname", delegate)
                    : variables.taskVars(delegated, null, tc.scope());
            target = connections.target(delegate, delegatedVars, keywords);
        } else {
            target = connections.target(host.name(), vars, keywords);
        }
        boolean check = options.check();
        if (keywords.checkMode() != null) {
            check = Truth.isTrue(templater.template(keywords.checkMode(), vars));
        }
        boolean diff = options.diff();
        if (keywords.diff() != null) {
            diff = Truth.isTrue(templater.template(keywords.diff(), vars));
        }
        return new TaskModuleContext.Settings(host.name(), target, connections.become(vars, keywords),
                environment(keywords, vars), check, diff, options.verbosity(), baseDir(tc), tc.task().action(),
                noLog(keywords, vars));
    }

    String delegateOf(Keywords keywords, Map<String, Object> vars) throws TemplateException {
        if (keywords.delegateTo() == null) {
            return null;
        }
        Object d = templater.template(keywords.delegateTo(), vars);
        return d == null ? null : d.toString();
    }

    private static boolean isLocal(String name) {
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("::1");
    }

    private Map<String, String> environment(Keywords keywords, Map<String, Object> vars) throws TemplateException {
        if (keywords.environment() == null) {
            return Map.of();
        }
        Object env = templater.template(keywords.environment(), vars);
        Map<String, String> out = new LinkedHashMap<>();
        List<?> parts = env instanceof List<?> l ? l : List.of(env);
        for (Object part : parts) {
            if (part instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : v instanceof Boolean b
                        ? (b ? "True" : "False") : v instanceof Number n ? io.jplay.json.JsonWriter.number(n)
                        : v.toString()));
            }
        }
        return out;
    }

    private static Path baseDir(TaskContext tc) {
        if (tc.role() != null && tc.role().path() != null) {
            return tc.role().path();
        }
        return tc.baseDir();
    }

    private boolean noLog(Keywords keywords, Map<String, Object> vars) {
        try {
            return keywords.noLog() != null && Truth.isTrue(templater.template(keywords.noLog(), vars));
        } catch (TemplateException e) {
            return true;
        }
    }
}
