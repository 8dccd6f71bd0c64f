package io.jplay.template;

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

    @FunctionalInterface
    interface TestFn {
        boolean test(Call c) throws TemplateException;
    }

    @FunctionalInterface
    interface LookupFn {
        List<Object> run(Call c) throws TemplateException;
    }

    private static final Set<String> UNDEFINED_FILTERS = Set.of("default", "d", "mandatory", "type_debug");
    private static final Set<String> UNDEFINED_TESTS = Set.of("defined", "undefined", "none", "string", "mapping",
            "number", "integer", "float", "boolean", "sequence", "iterable", "sameas", "callable");

    private final Map<String, Fn> filters = new HashMap<>();
    private final Map<String, TestFn> tests = new HashMap<>();
    private final Map<String, Fn> functions = new HashMap<>();
    private final Map<String, LookupFn> lookups = new HashMap<>();
    private final Consumer<Library> installer;
    private volatile boolean installed;

    /** @param installer registers everything, once, before the first query */
    Library(Consumer<Library> installer) {
        this.installer = installer;
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
        Fn f = filters.get(name);
        if (f == null) {
            throw new TemplateSyntaxError("Could not load \"" + name + "\": '" + name + "'");
        }
        if (c.value() instanceof Undefined u && !UNDEFINED_FILTERS.contains(name)) {
            throw u.error();
        }
        checkArgs(c);
        return f.apply(c);
    }

    boolean test(String name, Call c) throws TemplateException {
        ready();
        TestFn t = tests.get(name);
        if (t == null) {
            throw new TemplateSyntaxError("Could not load \"" + name + "\": '" + name + "'");
        }
        if (c.value() instanceof Undefined u && !UNDEFINED_TESTS.contains(name)) {
            throw u.error();
        }
        checkArgs(c);
        return t.test(c);
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
        return functions.get(name).apply(c);
    }

    boolean hasLookup(String name) {
        ready();
        return lookups.containsKey(name);
    }

    List<Object> lookup(String name, Call c) throws TemplateException {
        ready();
        LookupFn f = lookups.get(name);
        if (f == null) {
            throw new TemplateException("lookup plugin (" + name + ") not found");
        }
        return f.run(c);
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
