package io.jplay.template;

import io.jplay.plugin.PluginKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The filters, tests, global functions and lookups known to a templater. They are registered on
 * first use: templates that call none of them (plain {@code {{ x }}}, comparisons) never load the
 * two hundred or so classes behind them, which is a tenth of a short run's start-up without the
 * class-data sharing archive.
 */
final class Library {
    @FunctionalInterface
    interface Fn {
        Object apply(Call c) throws TemplateException;
    }

    /** A test: most answer a bool; some of Ansible's give back the value they looked at ({@code failed}, {@code changed}). */
    @FunctionalInterface
    interface TestFn {
        Object test(Call c) throws TemplateException;
    }

    @FunctionalInterface
    interface LookupFn {
        List<Object> run(Call c) throws TemplateException;
    }

    /** Ansible's STRING_TYPE_FILTERS: their text is NativeJinjaText, never turned back into data. */
    static final Set<String> STRING_TYPE_FILTERS = Set.of("string", "to_json", "to_nice_json", "to_yaml",
            "to_nice_yaml", "ppretty", "json");
    private static final Set<String> UNDEFINED_FILTERS = Set.of("default", "d", "mandatory", "type_debug");
    /** Filters that hand an argument back or look into it as Jinja2 does (an undefined one chains): it fails where it is used. */
    private static final Set<String> UNDEFINED_ARG_FILTERS = Set.of("default", "d", "extract");
    private static final Set<String> UNDEFINED_TESTS = Set.of("defined", "undefined", "none", "string", "mapping",
            "number", "integer", "float", "boolean", "sequence", "iterable", "sameas", "callable");

    /**
     * Jinja2's own filters and tests, which Ansible finds by their short names only: its loader has
     * no {@code ansible.builtin.upper} or {@code ansible.legacy.odd} (ansible-core 2.14 fails them
     * with "Could not load"), unless a playbook's own plugin takes the {@code ansible.legacy} name.
     */
    private static final Set<String> JINJA_ONLY_FILTERS = Set.of("abs", "attr", "batch", "capitalize", "center",
            "count", "d", "default", "dictsort", "e", "escape", "filesizeformat", "first", "float", "forceescape",
            "format", "groupby", "indent", "int", "items", "join", "last", "length", "list", "lower", "map", "max",
            "min", "pprint", "reject", "rejectattr", "replace", "reverse", "round", "safe", "select", "selectattr",
            "slice", "sort", "string", "striptags", "sum", "title", "tojson", "trim", "truncate", "upper", "urlencode",
            "urlize", "wordcount", "wordwrap", "xmlattr");
    private static final Set<String> JINJA_ONLY_TESTS = Set.of("!=", "<", "<=", "==", ">", ">=", "boolean",
            "callable", "defined", "divisibleby", "eq", "equalto", "escaped", "even", "false", "filter", "float", "ge",
            "greaterthan", "gt", "in", "integer", "iterable", "le", "lessthan", "lower", "lt", "mapping", "ne", "none",
            "number", "odd", "sameas", "sequence", "string", "test", "true", "undefined", "upper");

    private final Map<String, Fn> filters = new HashMap<>();
    /** The string-type filters unwrapped: called by a qualified name, Ansible does not wrap their text. */
    private final Map<String, Fn> unwrappedStringFilters = new HashMap<>();
    private final Map<String, TestFn> tests = new HashMap<>();
    private final Map<String, Fn> functions = new HashMap<>();
    private final Map<String, LookupFn> lookups = new HashMap<>();
    private final Consumer<Library> installer;
    private final PluginCalls python;
    private volatile boolean installed;

    /** @param installer registers everything, once, before the first query */
    Library(Consumer<Library> installer) {
        this(installer, new PluginCalls(null));
    }

    /**
     * @param installer registers everything, once, before the first query
     * @param python where names jplay does not have go: the controller's Python plugins
     */
    Library(Consumer<Library> installer, PluginCalls python) {
        this.installer = installer;
        this.python = python;
    }

    /**
     * The Java name a filter, test or lookup name resolves to: a short name is itself, an
     * {@code ansible.builtin.x} or {@code ansible.legacy.x} is {@code x}; any other qualified
     * name belongs to its collection (never Java's).
     */
    private static String javaName(String name) {
        if (name.indexOf('.') < 0) {
            return name;
        }
        for (String prefix : new String[] {"ansible.builtin.", "ansible.legacy."}) {
            if (name.startsWith(prefix) && name.indexOf('.', prefix.length()) < 0) {
                return name.substring(prefix.length());
            }
        }
        return null;
    }

    private static <T> T javaPlugin(Map<String, T> plugins, String name) {
        String javaName = javaName(name);
        return javaName == null ? null : plugins.get(javaName);
    }

    /** Whether {@code name} is {@code ansible.builtin.} or {@code ansible.legacy.} before a name Jinja2 alone has. */
    private static boolean qualifiedJinjaName(String name, Set<String> jinjaOnly) {
        String javaName = javaName(name);
        return javaName != null && !javaName.equals(name) && jinjaOnly.contains(javaName);
    }

    private void ready() {
        if (!installed) {
            synchronized (this) {
                if (!installed) {
                    installer.accept(this);
                    installed = true;
                }
            }
        }
    }

    void filter(String name, Fn f) {
        if (STRING_TYPE_FILTERS.contains(name)) {
            // Ansible wraps these filters' text as NativeJinjaText when they are called by their short name
            unwrappedStringFilters.put(name, f);
            filters.put(name, c -> {
                Object r = f.apply(c);
                return r instanceof String text ? c.rt().templater.vaultPlaintexts().markNative(text) : r;
            });
            return;
        }
        filters.put(name, f);
    }

    void test(String name, TestFn t) {
        tests.put(name, t);
    }

    void function(String name, Fn f) {
        functions.put(name, f);
    }

    void lookup(String name, LookupFn f) {
        lookups.put(name, f);
    }

    Object filter(String name, Call c) throws TemplateException {
        ready();
        Fn unwrapped = name.indexOf('.') < 0 ? null : javaPlugin(unwrappedStringFilters, name);
        Fn f = unwrapped != null ? unwrapped : javaPlugin(filters, name);
        if (f == null || python.overrides(PluginKind.FILTER, name)) {
            return python.filter(name, c);
        }
        if (qualifiedJinjaName(name, JINJA_ONLY_FILTERS)) {
            throw PluginCalls.missing(PluginKind.FILTER, name);
        }
        name = javaName(name);
        if (c.value() instanceof Undefined u && !UNDEFINED_FILTERS.contains(name)) {
            throw u.error();
        }
        if (!name.equals("format") && !UNDEFINED_ARG_FILTERS.contains(name)) {
            checkArgs(c);
        }
        try {
            return f.apply(c);
        } catch (RuntimeException e) {
            throw asPythonError("filter", name, c, e);
        }
    }

    boolean test(String name, Call c) throws TemplateException {
        return Ops.truthy(testValue(name, c));
    }

    /** The value test {@code name} gives, which {@code {{ x is name }}} shows as it is. */
    Object testValue(String name, Call c) throws TemplateException {
        ready();
        TestFn t = javaPlugin(tests, name);
        if (t == null || python.overrides(PluginKind.TEST, name)) {
            return python.test(name, c);
        }
        if (qualifiedJinjaName(name, JINJA_ONLY_TESTS)) {
            throw PluginCalls.missing(PluginKind.TEST, name);
        }
        name = javaName(name);
        if (c.value() instanceof Undefined u && !UNDEFINED_TESTS.contains(name)) {
            throw u.error();
        }
        checkArgs(c);
        try {
            return t.test(c);
        } catch (RuntimeException e) {
            throw asPythonError("test", name, c, e);
        }
    }

    /**
     * A plugin given a value or argument it cannot take fails as its Python counterpart would (a
     * {@code TypeError} or {@code ValueError} Ansible reports on the template), never with a Java
     * exception's text. Plugins that know Python's exact words throw them themselves.
     */
    private static RuntimeException asPythonError(String kind, String name, Call c, RuntimeException e)
            throws TemplateException {
        if (e instanceof TemplateException.Unchecked f) {
            throw f.getCause();
        }
        if (e instanceof NumberFormatException) {
            throw new TemplateTypeError("'str' object cannot be interpreted as an integer");
        }
        if ((e instanceof ClassCastException || e instanceof NullPointerException) && c.value() == null) {
            // a global function (range, lipsum, ...) given a non-number where Python wants an int
            Object odd = c.args().stream().filter(a -> !Ops.isNumber(a)).findFirst().orElse(null);
            throw new TemplateTypeError("'" + PythonRepr.typeName(odd) + "' object cannot be interpreted as an integer");
        }
        if (e instanceof ClassCastException || e instanceof NullPointerException) {
            throw new TemplateTypeError("the " + name + " " + kind + " cannot take a value of type '"
                    + PythonRepr.typeName(c.value()) + "'");
        }
        if (e instanceof ArithmeticException a) {
            throw Ops.arithmetic(a);
        }
        if (e instanceof IllegalArgumentException || e instanceof IndexOutOfBoundsException) {
            throw new TemplateException(name + " " + kind + ": " + e.getMessage());
        }
        return e;
    }

    boolean hasFilter(String name) {
        ready();
        return filters.containsKey(name);
    }

    boolean hasTest(String name) {
        ready();
        return tests.containsKey(name);
    }

    boolean hasFunction(String name) {
        ready();
        return functions.containsKey(name);
    }

    Object function(String name, Call c) throws TemplateException {
        ready();
        checkArgs(c);
        try {
            return functions.get(name).apply(c);
        } catch (RuntimeException e) {
            throw asPythonError("function", name, c, e);
        }
    }

    /** Whether lookup {@code name}, as written, runs in Java (the run's own plugin of that name would run instead). */
    boolean isJavaLookup(String name) throws TemplateException {
        ready();
        return javaPlugin(lookups, name) != null && !python.overrides(PluginKind.LOOKUP, name);
    }

    /** Whether jplay has lookup {@code name} in Java. */
    boolean hasLookup(String name) {
        ready();
        return lookups.containsKey(name);
    }

    /** Runs a lookup by the name written: jplay's own for ansible-core's names, else a Python plugin. */
    List<Object> lookup(String name, Call c) throws TemplateException {
        ready();
        LookupFn f = javaPlugin(lookups, name);
        if (f == null || python.overrides(PluginKind.LOOKUP, name)) {
            return python.lookup(name, c);
        }
        try {
            return f.run(c);
        } catch (RuntimeException e) {
            throw asPythonError("lookup", name, c, e);
        }
    }

    /** A lookup run by ansible-core's own plugin in the Python co-process, for what the Java one leaves to it. */
    List<Object> pythonLookup(String name, Call c) throws TemplateException {
        return python.lookup(name, c);
    }

    /** {@link #pythonLookup}, empty where no controller Python runs plugins (see {@link PluginCalls}). */
    java.util.Optional<List<Object>> pythonLookupWherePythonRuns(String name, Call c) throws TemplateException {
        return python.lookupWherePythonRuns(name, c);
    }

    private static void checkArgs(Call c) throws TemplateException {
        for (Object a : c.args()) {
            Ops.defined(a);
        }
        for (Object a : c.kwargs().values()) {
            Ops.defined(a);
        }
    }
}
