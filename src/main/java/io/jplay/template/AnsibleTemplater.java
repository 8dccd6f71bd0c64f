package io.jplay.template;

import io.jplay.python.PyLiteral;
import io.jplay.python.SharedValues;
import io.jplay.vault.VaultException;
import io.jplay.yaml.Unsafe;
import io.jplay.yaml.VaultText;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ansible-faithful templating (ansible-core 2.14, non-native mode). Templates are scanned, parsed
 * and evaluated by jplay itself with Jinja2's grammar and Python's semantics
 * ({@link TemplateScanner}, {@link ExprParser}, {@link Evaluator}): Jinjava's scanner cuts
 * {@code {{ {'a': {'b': 1}} }}} at the first {@code }}}, and its EL cannot tell null from
 * undefined or follow Jinja2's precedence (see docs/architecture.md).
 *
 * <p>Result types follow Ansible 2.14's {@code ansible_eval_concat}: a template renders to text, and
 * text that looks like a list, dict or bool is turned back into one; {@code {{ var }}} naming a
 * number, bool or null variable keeps it. So {@code "{{ 1 + 1 }}"} gives the string {@code "2"},
 * {@code "{{ [1, 2] }}"} a list, {@code "{{ x > 1 }}"} a Boolean.
 *
 * <p>Parsed templates are shared (bounded cache); every call gets its own lazy variable view, so an
 * instance is safe for many threads.
 */
public final class AnsibleTemplater implements Templater, LookupRunner {
    private static final Pattern SINGLE_VAR = Pattern.compile("^\\{\\{\\s*(\\w*)\\s*}}$");
    private static final int CACHE_SIZE = 4096;

    private final Consumer<String> warnings;
    private final Controller controller;
    private final boolean jinja2Native;
    private final String omit;
    private final Library lib;
    private final VaultPlaintexts vaultPlaintexts;
    private final Map<String, List<TNode>> cache = lru();
    /** Template files' texts, parsed without Ansible's backslash escaping. */
    private final Map<String, List<TNode>> fileCache = lru();
    private final Map<String, Expr> conditions = lru();

    /** @param warnings receives Ansible's warnings (delimiters in conditionals, async tests). */
    public AnsibleTemplater(Consumer<String> warnings) {
        this(warnings, Controller.ofEnvironment(System.getenv()));
    }

    /** @param controller the controller's environment and settings, for lookups and filters. */
    public AnsibleTemplater(Consumer<String> warnings, Controller controller) {
        this(warnings, controller, null);
    }

    /**
     * @param controller the controller's environment and settings, for lookups and filters
     * @param plugins the run's bridge to Python filter, test and lookup plugins (used for names jplay
     *     does not have), or null for none
     */
    public AnsibleTemplater(Consumer<String> warnings, Controller controller, io.jplay.plugin.PythonPlugins plugins) {
        this.lib = new Library(Builtins::register, new PluginCalls(plugins));
        this.warnings = warnings;
        this.controller = controller;
        this.vaultPlaintexts = new VaultPlaintexts(controller.yamlStrings());
        byte[] b = new byte[20];
        new SecureRandom().nextBytes(b);
        this.omit = "__omit_place_holder__" + HexFormat.of().formatHex(b);
        this.jinja2Native = controller.setting("DEFAULT_JINJA2_NATIVE").flatMap(v -> v)
                .map(v -> v instanceof Boolean x ? x : io.jplay.python.PyBool.boolean_(v))
                .orElse(false);
    }

    /** Whether DEFAULT_JINJA2_NATIVE is on: templates give native types (Ansible's NativeEnvironment). */
    @Override
    public boolean jinja2Native() {
        return jinja2Native;
    }

    Controller controller() {
        return controller;
    }

    VaultPlaintexts vaultPlaintexts() {
        return vaultPlaintexts;
    }

    private static <V> Map<String, V> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHE_SIZE;
            }
        });
    }

    @Override
    public String expandUser(String path) {
        String home = controller.home();
        return path.equals("~") ? home : path.startsWith("~/") ? home + path.substring(1) : path;
    }

    @Override
    public Object template(Object value, Map<String, Object> vars) throws TemplateException {
        if (value instanceof String s && !Templater.isTemplate(s) && !s.startsWith(TemplateOverrides.PREFIX)) {
            return s; // most task arguments: what templateText returns for them, without a Runtime
        }
        return templateDeep(value, new Runtime(this, lib, vars, warnings));
    }

    @Override
    public Object templateFile(String text, java.nio.file.Path file, Map<String, Object> vars) throws TemplateException {
        Runtime rt = new Runtime(this, lib, vars, warnings);
        rt.templateFile = file;
        return templateSource(text, rt);
    }

    /**
     * A template file's text (the {@code template} module and lookup): as Ansible renders it with
     * {@code escape_backslashes=False}, a string literal's backslash escapes are Jinja2's own.
     */
    Object templateSource(String text, Runtime rt) throws TemplateException {
        return templateText(text, rt, false);
    }

    @Override
    public Map<String, Object> templateVars(String srcArg, java.nio.file.Path source, String dest) throws TemplateException {
        return TemplateVars.of(srcArg, source, dest, controller);
    }

    /** Templates one string in the scope of {@code vars}. */
    public Object templateString(String template, Map<String, Object> vars) throws TemplateException {
        return templateDeep(template, new Runtime(this, lib, vars, warnings));
    }

    /** Evaluates a bare Jinja2 expression ({@code x | default(1)}) to its native value. */
    public Object evaluate(String expression, Map<String, Object> vars) throws TemplateException {
        Runtime rt = new Runtime(this, lib, vars, warnings);
        try {
            return Ops.defined(Evaluator.eval(ExprParser.parse(expression), rt.scope()));
        } catch (TemplateSyntaxError e) {
            throw e.in(expression);
        }
    }

    Object templateDeep(Object value, Runtime rt) throws TemplateException {
        return value instanceof List<?> || value instanceof Map<?, ?>
                ? templateDeep(value, rt, new IdentityHashMap<>()) : templateLeaf(value, rt);
    }

    @Override
    public Object templateMarkingUnsafe(Object value, Map<String, Object> vars) throws TemplateException {
        return markingUnsafe(value, new Runtime(this, lib, vars, warnings));
    }

    private Object markingUnsafe(Object value, Runtime rt) throws TemplateException {
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(markingUnsafe(o, rt));
            }
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(LazyVars.unwrap(markingUnsafe(e.getKey(), rt)), markingUnsafe(e.getValue(), rt));
            }
            return out;
        }
        if (value instanceof Unsafe) {
            return new Unsafe(templateLeaf(value, rt));
        }
        rt.readUnsafe = false;
        Object out = templateLeaf(value, rt);
        return rt.readUnsafe ? new Unsafe(out) : out;
    }

    /**
     * Templates every string in a container; a container shared by several places (YAML aliases) is
     * templated once and its result shared the same way, so the work is linear in the distinct values.
     */
    private Object templateDeep(Object value, Runtime rt, Map<Object, Object> done) throws TemplateException {
        if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>) || value instanceof Resolved) {
            return templateLeaf(value, rt);
        }
        Object known = done.get(value);
        if (known != null) {
            return known;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            done.put(value, out);
            for (Object o : l) {
                out.add(templateDeep(o, rt, done));
            }
            return out;
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        done.put(value, out);
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            out.put(templateDeep(e.getKey(), rt, done), templateDeep(e.getValue(), rt, done));
        }
        return out;
    }

    private Object templateLeaf(Object value, Runtime rt) throws TemplateException {
        if (value instanceof String s) {
            return templateText(s, rt, true);
        }
        if (value instanceof Unsafe u) {
            return decryptInside(LazyVars.unwrap(u.value()));
        }
        if (value instanceof VaultText v) {
            return decrypt(v);
        }
        return value;
    }

    /**
     * An unsafe value (a registered result, cached facts) with the {@code !vault} values in it
     * decrypted, as Ansible's encrypted objects render as their plaintext wherever they are; one that
     * cannot be decrypted stays as it is. Nothing is copied when there is none.
     */
    Object decryptInside(Object value) {
        if (!io.jplay.python.SharedValues.anyLeaf(value, x -> false, x -> x instanceof VaultText)) {
            return value;
        }
        return io.jplay.python.SharedValues.copy(value, x -> {
            if (x instanceof VaultText v) {
                try {
                    return decrypt(v);
                } catch (TemplateException e) {
                    return v;
                }
            }
            return x;
        });
    }

    /**
     * A {@code !vault} value is used: its plaintext, never templated further, and known as a vault value
     * until new text is made from it (as Ansible keeps the encrypted object).
     */
    private String decrypt(VaultText v) throws TemplateException {
        try {
            return vaultPlaintexts.mark(v.plaintext());
        } catch (VaultException e) {
            throw new VaultValueException(e.getMessage(), e, v);
        }
    }

    /** @param escapeBackslashes Ansible's {@code _escape_backslashes}: string literals inside {{ }} keep their backslashes */
    private Object templateText(String text, Runtime rt, boolean escapeBackslashes) throws TemplateException {
        String s = TemplateOverrides.apply(text, rt);
        boolean own = !rt.delimiters.equals(Delimiters.DEFAULT);
        if (!own && !Templater.isTemplate(s)) {
            return s;
        }
        Matcher m = SINGLE_VAR.matcher(s);
        if (m.matches() && rt.vars.raw().containsKey(m.group(1))) {
            Object raw = rt.vars.raw().get(m.group(1));
            if (raw == null || raw instanceof Number || raw instanceof Boolean) {
                return raw;
            }
        }
        // as Ansible: Jinja2 drops the source's one final newline, the newlines the result lacks are added back
        String source = BlockRenderer.withoutTrailingNewline(s);
        try {
            List<TNode> nodes = own ? TemplateParser.parse(source, rt.delimiters, escapeBackslashes)
                    : parsed(source, escapeBackslashes);
            if (nodes.size() == 1 && nodes.get(0) instanceof TNode.Output o) {
                Object v = Evaluator.eval(o.expr(), rt.scope());
                if (o.expr() instanceof Expr.Filter f && Library.STRING_TYPE_FILTERS.contains(f.name()) && v instanceof String) {
                    return withTrailingNewlines(v, s);
                }
                return withTrailingNewlines(rt.nativeTypes ? nativeSingle(v, vaultPlaintexts) : native1(v, vaultPlaintexts), s);
            }
            StringBuilder sb = new StringBuilder();
            Inheritance.render(nodes, rt.scope(), sb);
            return withTrailingNewlines(rt.nativeTypes ? PyLiteral.nativeEval(sb.toString()) : ansibleEval(sb.toString()), s);
        } catch (TemplateTypeError | PyLiteral.Unhashable e) {
            // a TypeError, also literal_eval's of rendered text Ansible reads back (a set holding a set)
            throw new TemplateException("Unexpected templating type error occurred on (" + s + "): " + e.getMessage()
                    + ". " + e.getMessage(), e);
        } catch (TemplateSyntaxError e) {
            throw escapeBackslashes ? e.inEscaped(s) : e.in(s);
        } catch (TemplateException.Unchecked e) {
            throw e.getCause();
        } catch (StackOverflowError e) {
            throw tooDeep(s);
        }
    }

    /** Ansible's native concat of one node: a non-string as it is, a string read as a Python literal if it is one. */
    private static Object nativeSingle(Object v, VaultPlaintexts vaultPlaintexts) throws TemplateException {
        Undefined.failIfInside(v);
        if (v instanceof Unsafe u) {
            v = u.value();
        }
        if (v instanceof String s) {
            return vaultPlaintexts.isNativeText(s) ? s : vaultPlaintexts.plain(PyLiteral.nativeEval(s));
        }
        return v instanceof List || v instanceof Map ? SharedValues.copy(v, vaultPlaintexts::plain) : v;
    }

    /** Ansible's {@code preserve_trailing_newlines}: a text result gets the final newlines of {@code source} it lacks. */
    private static Object withTrailingNewlines(Object result, String source) {
        if (!(result instanceof String text)) {
            return result;
        }
        int missing = trailingNewlines(source) - trailingNewlines(text);
        return missing > 0 ? text + "\n".repeat(missing) : text;
    }

    private static int trailingNewlines(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(s.length() - 1 - n) == '\n') {
            n++;
        }
        return n;
    }

    /**
     * A template whose evaluation overflowed the stack (a chain of thousands of operators, filters or
     * attributes, or data nested that deep): Ansible's error for Python's RecursionError, a task failure
     * that {@code ignore_errors} and {@code rescue} handle like any other.
     */
    private static TemplateException tooDeep(String template) {
        return new TemplateException("recursive loop detected in template string: " + template);
    }

    /** Ansible's single-node concat: the value as text (a vault plaintext as new text), turned back into a list/dict/bool if it is one. */
    private static Object native1(Object v, VaultPlaintexts vaultPlaintexts) throws TemplateException {
        Undefined.failIfInside(v);
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean) {
            return v;
        }
        if (v instanceof Tuple || Undefined.lenientInside(v)) {
            return PythonRepr.str(v);
        }
        if (v instanceof List || v instanceof Map) {
            // Ansible renders it as text and reads that back: its strings are all new, and text holding a
            // date, datetime or timedelta is no literal, so it stays text
            boolean[] opaque = {false};
            Object copy = SharedValues.copy(v, x -> {
                opaque[0] |= x instanceof PyDate || x instanceof PyDateTime || x instanceof PyDateTime.Delta;
                return vaultPlaintexts.newText(x);
            });
            return opaque[0] ? PythonRepr.str(v) : copy;
        }
        if (vaultPlaintexts.isNativeText(v)) {
            return v; // NativeJinjaText is never read back as a literal
        }
        return vaultPlaintexts.plain(ansibleEval(PythonRepr.str(v)));
    }

    /** Ansible's {@code ansible_eval_concat}: text that looks like a dict, list or bool is read as a Python literal. */
    private static Object ansibleEval(String text) {
        if (text.startsWith("{") || text.startsWith("[") || text.equals("True") || text.equals("False")) {
            return PyLiteral.ansibleEval(text);
        }
        return text;
    }

    /** Tuples and views become plain lists, maps become LinkedHashMaps (what literal_eval would give). */
    static Object normalize(Object v) {
        return SharedValues.copy(v, x -> x);
    }

    private List<TNode> parsed(String s, boolean escapeBackslashes) throws TemplateException {
        Map<String, List<TNode>> parsed = escapeBackslashes ? cache : fileCache;
        List<TNode> nodes = parsed.get(s);
        if (nodes == null) {
            nodes = TemplateParser.parse(s, Delimiters.DEFAULT, escapeBackslashes);
            parsed.put(s, nodes);
        }
        return nodes;
    }

    @Override
    public boolean isTrue(Object conditional, Map<String, Object> vars) throws TemplateException {
        if (conditional instanceof List<?> l) {
            for (Object c : l) {
                if (!isTrue(c, vars)) {
                    return false;
                }
            }
            return true;
        }
        Runtime rt = new Runtime(this, lib, vars, warnings);
        Object c = conditional instanceof Unsafe u ? u.value() : conditional;
        if (!(c instanceof String s)) {
            return Ops.truthy(c);
        }
        try {
            if (Templater.isTemplate(s)) {
                warnings.accept("conditional statements should not include jinja2 templating delimiters such as "
                        + "{{ }} or {% %}. Found: " + s);
                Object v = templateText(s, rt, true);
                if (!(v instanceof String t) || t.isEmpty()) {
                    return Ops.truthy(v);
                }
                s = t;
            } else if (s.isEmpty()) {
                return false;
            }
            Expr e = conditions.get(s);
            if (e == null) {
                e = ExprParser.parse(s);
                conditions.put(s, e);
            }
            return Ops.truthy(Evaluator.eval(e, rt.scope()));
        } catch (TemplateTypeError e) {
            throw new TemplateException("Unexpected templating type error occurred on ({% if " + s
                    + " %} True {% else %} False {% endif %}): " + e.getMessage() + ". " + e.getMessage(), e);
        } catch (TemplateSyntaxError e) {
            throw e.in("{% if " + s + " %} True {% else %} False {% endif %}");
        } catch (TemplateException.Unchecked e) {
            throw e.getCause();
        } catch (StackOverflowError e) {
            throw tooDeep(s);
        } catch (TemplateException e) {
            if (e.isUndefined()) {
                throw new TemplateException("error while evaluating conditional (" + conditional + "): "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public String omitPlaceholder() {
        return omit;
    }

    @Override
    public List<Object> runLoopLookup(String name, Object terms, Map<String, Object> vars, String fileSubdir)
            throws TemplateException {
        Runtime rt = new Runtime(this, lib, vars, warnings);
        rt.fileSubdir = fileSubdir;
        boolean java = lib.isJavaLookup(name);
        List<Object> args = terms instanceof List<?> l ? new ArrayList<>(l)
                : java && terms instanceof Map<?, ?> m ? new ArrayList<>(m.keySet()) : new ArrayList<>(List.of(terms));
        // the raw terms ride along as the call's value: a lookup that takes a dict whole, or refuses one, looks there
        List<Object> items = lib.lookup(name, new Call(terms instanceof Map ? terms : args, args, Map.of(), rt.scope()));
        // as Ansible wraps a loop lookup's items (wrap_var): the loop variable is never templated again
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(new Unsafe(java && i instanceof Tuple ? normalize(i) : i)));
        return out;
    }
}
