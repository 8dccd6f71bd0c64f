package io.jplay.module;

import io.jplay.python.PyRepr;
import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.LocalConnection;
import io.jplay.template.TemplateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module context over a real {@link LocalConnection}. Templating understands only what the tests
 * need: {@code {{ name }}} and {@code {{ a.b }}} lookups, and conditions that are booleans, variable
 * names or {@code X == Y} / {@code X != Y} over integer literals and variables.
 */
public final class TestModuleContext implements ModuleContext {
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private final Map<String, Object> args;
    private final Map<String, Object> vars = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> displayed = new ArrayList<>();
    private final Connection connection = new LocalConnection("/bin/sh");
    private boolean checkMode;
    private boolean diffMode;
    private int verbosity;
    private Path baseDir = Path.of(".");
    private ActionSupport actions = ActionSupport.NONE;

    public TestModuleContext(Map<String, Object> args) {
        this.args = new LinkedHashMap<>(args);
    }

    public static TestModuleContext of(Object... keyValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new TestModuleContext(args);
    }

    /** The other modules the task's action may find and run. */
    public TestModuleContext actions(ActionSupport support) {
        this.actions = support;
        return this;
    }

    @Override
    public ActionSupport actions() {
        return actions;
    }

    public TestModuleContext var(String name, Object value) {
        vars.put(name, value);
        return this;
    }

    public TestModuleContext env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public TestModuleContext diffMode(boolean on) {
        this.diffMode = on;
        return this;
    }

    public TestModuleContext checkMode(boolean on) {
        this.checkMode = on;
        return this;
    }

    public TestModuleContext verbosity(int level) {
        this.verbosity = level;
        return this;
    }

    public TestModuleContext baseDir(Path dir) {
        this.baseDir = dir;
        return this;
    }

    public List<String> warnings() {
        return warnings;
    }

    @Override
    public Map<String, Object> args() {
        return args;
    }

    @Override
    public String hostName() {
        return "localhost";
    }

    @Override
    public Map<String, Object> vars() {
        return vars;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public Become become() {
        return null;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public boolean checkMode() {
        return checkMode;
    }

    @Override
    public boolean diffMode() {
        return diffMode;
    }

    @Override
    public int verbosity() {
        return verbosity;
    }

    @Override
    public Object template(Object value) throws TemplateException {
        if (!(value instanceof String s)) {
            return value;
        }
        Matcher whole = EXPRESSION.matcher(s);
        if (whole.matches()) {
            return lookup(whole.group(1));
        }
        StringBuilder out = new StringBuilder();
        Matcher m = EXPRESSION.matcher(s);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(PyRepr.str(lookup(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Object lookup(String path) throws TemplateException {
        Object current = vars;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
                throw TemplateException.undefined("'" + path + "' is undefined");
            }
            current = map.get(part);
        }
        return current;
    }

    @Override
    public boolean isTrue(Object conditional) throws TemplateException {
        if (conditional instanceof Boolean b) {
            return b;
        }
        String c = conditional.toString().strip();
        for (String op : List.of("==", "!=")) {
            int at = c.indexOf(op);
            if (at > 0) {
                boolean equal = operand(c.substring(0, at)).equals(operand(c.substring(at + 2)));
                return op.equals("==") == equal;
            }
        }
        return io.jplay.result.Truth.isTrue(operand(c));
    }

    private Object operand(String text) throws TemplateException {
        String t = text.strip();
        if (t.matches("-?\\d+")) {
            return Long.parseLong(t);
        }
        if (t.startsWith("'") && t.endsWith("'")) {
            return t.substring(1, t.length() - 1);
        }
        return lookup(t);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void display(String line) {
        displayed.add(line);
    }

    /** The lines the action showed while it ran ({@code display}). */
    public List<String> displayed() {
        return displayed;
    }

    @Override
    public Path baseDir() {
        return baseDir;
    }
}
