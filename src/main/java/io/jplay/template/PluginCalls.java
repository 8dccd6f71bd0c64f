package io.jplay.template;

import io.jplay.plugin.PluginException;
import io.jplay.plugin.PluginKind;
import io.jplay.plugin.PluginTuple;
import io.jplay.plugin.PluginUndefined;
import io.jplay.plugin.PluginVariables;
import io.jplay.plugin.PythonPlugins;
import io.jplay.yaml.Unsafe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The filters, tests and lookups jplay does not have in Java, run as the controller's Python
 * plugins through {@link PythonPlugins}: values are turned into what the bridge carries and back,
 * and Python's exceptions into the errors Ansible reports for them. Without a bridge (or without
 * a controller Python) a short name is missing as before.
 */
final class PluginCalls {
    private final PythonPlugins plugins;
    private final UnsafeOrigins.Leaves unsafeLeaves = new UnsafeOrigins.Leaves();

    /** What a quiet call answers where no controller Python runs plugins. */
    private static final Object NO_PYTHON = new Object();

    /** @param plugins the run's bridge, or null for a templater that runs no Python plugin */
    PluginCalls(PythonPlugins plugins) {
        this.plugins = plugins;
    }

    /**
     * Whether the run's own plugin (beside the playbook, in a role, configured) replaces jplay's
     * builtin of this name: for a short or {@code ansible.legacy} name, as Ansible's loader searches
     * those directories first; never for an {@code ansible.builtin} one.
     */
    boolean overrides(PluginKind kind, String name) throws TemplateException {
        if (plugins == null || name.startsWith("ansible.builtin.")) {
            return false;
        }
        String shortName = name.startsWith("ansible.legacy.") ? name.substring("ansible.legacy.".length()) : name;
        try {
            return plugins.overrides(kind, shortName);
        } catch (PluginException e) {
            throw translate(kind, name, e, true);
        }
    }

    Object filter(String name, Call c) throws TemplateException {
        List<Object> args = new ArrayList<>(c.args().size() + 1);
        args.add(c.value());
        args.addAll(c.args());
        return call(PluginKind.FILTER, name, args, c, new TaskVariables(c.rt(), true), false);
    }

    boolean test(String name, Call c) throws TemplateException {
        List<Object> args = new ArrayList<>(c.args().size() + 1);
        args.add(c.value());
        args.addAll(c.args());
        return Ops.truthy(call(PluginKind.TEST, name, args, c, new TaskVariables(c.rt(), true), false));
    }

    List<Object> lookup(String name, Call c) throws TemplateException {
        Object r = call(PluginKind.LOOKUP, name, c.args(), c, new TaskVariables(c.rt(), false), false);
        return r instanceof List<?> l ? new ArrayList<>(l) : Ops.iterate(r);
    }

    /**
     * A lookup through ansible-core's own plugin where a controller Python that imports ansible-core runs;
     * empty where none does, for a caller that has an answer of its own then.
     */
    Optional<List<Object>> lookupWherePythonRuns(String name, Call c) throws TemplateException {
        if (plugins == null) {
            return Optional.empty();
        }
        Object r = call(PluginKind.LOOKUP, name, c.args(), c, new TaskVariables(c.rt(), false), true);
        return r == NO_PYTHON ? Optional.empty()
                : Optional.of(r instanceof List<?> l ? new ArrayList<>(l) : Ops.iterate(r));
    }

    /** @param quietWithoutPython answer {@link #NO_PYTHON} instead of failing where no controller Python runs plugins */
    private Object call(PluginKind kind, String name, List<Object> args, Call c, PluginVariables vars,
            boolean quietWithoutPython) throws TemplateException {
        if (plugins == null) {
            throw missing(kind, name);
        }
        List<String> strings = new ArrayList<>();
        args.forEach(a -> UnsafeOrigins.strings(a, strings));
        c.kwargs().values().forEach(v -> UnsafeOrigins.strings(v, strings));
        UnsafeOrigins unsafe = kind == PluginKind.LOOKUP ? UnsafeOrigins.find(Map.of(), List.of())
                : UnsafeOrigins.find(c.rt().vars.raw(), strings, unsafeLeaves);
        List<Object> wireArgs = new ArrayList<>(args.size());
        for (Object a : args) {
            wireArgs.add(toWire(a, unsafe));
        }
        Map<String, Object> wireKwargs = new LinkedHashMap<>();
        c.kwargs().forEach((k, v) -> wireKwargs.put(k, toWire(v, unsafe)));
        try {
            return fromWire(plugins.call(kind, name, wireArgs, wireKwargs, vars, c.rt().warnings));
        } catch (PluginException e) {
            if (quietWithoutPython && e.kind() == PluginException.Kind.UNAVAILABLE) {
                return NO_PYTHON;
            }
            throw translate(kind, name, e, plugins.hasPluginDirs(kind));
        }
    }

    /** Ansible's error for a name no loader finds. */
    static TemplateException missing(PluginKind kind, String name) {
        return kind == PluginKind.LOOKUP ? LookupFailure.notFound(name)
                : new TemplateSyntaxError("Could not load \"" + name + "\": '" + name + "'");
    }

    /** Python's exception as the error Ansible reports for it. */
    private static TemplateException translate(PluginKind kind, String name, PluginException e, boolean pluginDirs) {
        String msg = e.getMessage();
        return switch (e.kind()) {
            case MISSING -> kind == PluginKind.LOOKUP ? LookupFailure.notFound(name) : new TemplateSyntaxError(msg);
            // a short name is Ansible's "not found" unless a plugin directory could have provided it
            case UNAVAILABLE -> pluginDirs || name.contains(".") && !name.startsWith("ansible.legacy.")
                    ? new TemplateException(msg) : missing(kind, name);
            case UNDEFINED -> TemplateException.undefined(msg);
            case ANSIBLE -> kind == PluginKind.LOOKUP && !"ansible.errors.AnsibleError".equals(e.pythonClass())
                    ? LookupFailure.of(e.pythonClass(), msg) : new TemplateException(msg);
            case TYPE -> kind == PluginKind.LOOKUP ? LookupFailure.of("TypeError", msg) : new TemplateTypeError(msg);
            case VALUE -> kind == PluginKind.LOOKUP ? LookupFailure.of("ValueError", msg)
                    : TemplateException.valueError(msg);
            case EXCEPTION -> kind == PluginKind.LOOKUP ? LookupFailure.of(e.pythonClass(), msg)
                    : TemplateException.pythonException(e.pythonClass() + ": " + msg, e.traceback());
            case DIED -> new TemplateException(msg);
        };
    }

    /**
     * The task's variables as a plugin sees them, each converted only when the plugin reads it. A
     * lookup gets them as Ansible hands them to lookups: untemplated (it templates what it reads),
     * their names with the call, the loader's base directory. A filter or test that takes Jinja2's
     * context gets them as Ansible's context does: each templated when read, the names only if it
     * lists them.
     */
    private static final class TaskVariables implements PluginVariables {
        private final Runtime rt;
        private final boolean context;

        TaskVariables(Runtime rt, boolean context) {
            this.rt = rt;
            this.context = context;
        }

        @Override
        public List<String> names() {
            return new ArrayList<>(rt.vars.raw().keySet());
        }

        @Override
        public Optional<Object> get(String name) throws PluginException {
            Map<String, Object> raw = rt.vars.raw();
            if (context ? !rt.vars.has(name) : !raw.containsKey(name)) {
                return Optional.empty();
            }
            if (!context) {
                return Optional.of(toWire(raw.get(name)));
            }
            try {
                return Optional.of(toWire(rt.vars.get(name)));
            } catch (TemplateException e) {
                throw new PluginException(e.isUndefined() ? PluginException.Kind.UNDEFINED
                        : PluginException.Kind.ANSIBLE, e.getMessage());
            }
        }

        @Override
        public String basedir() {
            if (context) {
                return null;
            }
            try {
                return rt.baseDir().toString();
            } catch (TemplateException e) {
                return null;
            }
        }

        @Override
        public boolean namesOnRequest() {
            return context;
        }
    }

    /** A template value as the bridge carries it: undefined and tuples tagged, other objects as their text. */
    static Object toWire(Object v) {
        return toWire(v, UnsafeOrigins.find(Map.of(), List.of()));
    }

    /** As {@link #toWire(Object)}, the strings that came from unsafe variables marked unsafe. */
    private static Object toWire(Object v, UnsafeOrigins unsafe) {
        if (v instanceof String s && unsafe.contains(s)) {
            return new Unsafe(s);
        }
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        if (v instanceof Undefined u) {
            String m = u.message();
            String var = m.startsWith("'") && m.endsWith("' is undefined") ? m.substring(1, m.length() - 14) : null;
            return new PluginUndefined(var, m);
        }
        if (v instanceof Tuple t) {
            List<Object> items = new ArrayList<>(t.size());
            t.forEach(x -> items.add(toWire(x, unsafe)));
            return new PluginTuple(items);
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(toWire(k, unsafe), toWire(x, unsafe)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(toWire(x, unsafe)));
            return out;
        }
        if (v instanceof Unsafe u) {
            return new Unsafe(toWire(u.value(), unsafe));
        }
        return PythonRepr.str(v);
    }

    /**
     * A plugin's result as a template value. {@code AnsibleUnsafe} text loses its mark here, as every
     * value does inside jplay's expressions (see {@link LazyVars}).
     */
    static Object fromWire(Object v) {
        if (v instanceof PluginUndefined u) {
            return new Undefined(u.message());
        }
        if (v instanceof PluginTuple t) {
            List<Object> items = new ArrayList<>(t.items().size());
            t.items().forEach(x -> items.add(fromWire(x)));
            return new Tuple(items);
        }
        if (v instanceof Unsafe u) {
            return fromWire(u.value());
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(fromWire(k), fromWire(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(fromWire(x)));
            return out;
        }
        return v;
    }
}
