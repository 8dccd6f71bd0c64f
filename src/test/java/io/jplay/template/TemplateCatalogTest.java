package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The complete list of what ansible-core 2.14 ships under {@code ansible.builtin}
 * ({@code plugins/filter}, {@code plugins/test}, {@code plugins/lookup}) and what Jinja2 3.1
 * ({@code filters.py}, {@code tests.py}, {@code defaults.py}) defines, checked against jplay's library.
 * {@link #NOT_YET} names what jplay still lacks; it must shrink, never silently grow.
 */
class TemplateCatalogTest {
    static final List<String> ANSIBLE_FILTERS = List.of(
            "b64decode", "b64encode", "basename", "bool", "checksum", "combinations", "combine", "comment",
            "dict2items", "difference", "dirname", "expanduser", "expandvars", "extract", "fileglob",
            "flatten", "from_json", "from_yaml", "from_yaml_all", "hash", "human_readable", "human_to_bytes",
            "intersect", "items2dict", "log", "mandatory", "md5", "password_hash", "path_join",
            "permutations", "pow", "product", "quote", "random", "realpath", "regex_escape", "regex_findall",
            "regex_replace", "regex_search", "rekey_on_member", "relpath", "root", "sha1", "shuffle",
            "split", "splitext", "strftime", "subelements", "symmetric_difference", "ternary", "to_datetime",
            "to_json", "to_nice_json", "to_nice_yaml", "to_uuid", "to_yaml", "type_debug", "union", "unique",
            "unvault", "urldecode", "urlsplit", "vault", "win_basename", "win_dirname", "win_splitdrive",
            "zip", "zip_longest");
    static final List<String> JINJA2_FILTERS = List.of(
            "abs", "attr", "batch", "capitalize", "center", "count", "d", "default", "dictsort", "e",
            "escape", "filesizeformat", "first", "float", "forceescape", "format", "groupby", "indent",
            "int", "items", "join", "last", "length", "list", "lower", "map", "max", "min", "pprint",
            "random", "reject", "rejectattr", "replace", "reverse", "round", "safe", "select", "selectattr",
            "slice", "sort", "string", "striptags", "sum", "title", "tojson", "trim", "truncate", "unique",
            "upper", "urlencode", "urlize", "wordcount", "wordwrap", "xmlattr");
    static final List<String> ANSIBLE_TESTS = List.of(
            "abs", "all", "any", "change", "changed", "contains", "directory", "exists", "failed", "failure",
            "falsy", "file", "finished", "is_abs", "is_dir", "is_file", "is_link", "is_mount",
            "is_same_file", "isnan", "issubset", "issuperset", "link", "link_exists", "match", "mount",
            "nan", "reachable", "regex", "same_file", "search", "skip", "skipped", "started", "subset",
            "succeeded", "success", "successful", "superset", "truthy", "unreachable", "uri", "url", "urn",
            "vault_encrypted", "version", "version_compare");
    static final List<String> JINJA2_TESTS = List.of(
            "!=", "<", "<=", "==", ">", ">=", "boolean", "callable", "defined", "divisibleby", "eq",
            "equalto", "escaped", "even", "false", "filter", "float", "ge", "greaterthan", "gt", "in",
            "integer", "iterable", "le", "lessthan", "lower", "lt", "mapping", "ne", "none", "number", "odd",
            "sameas", "sequence", "string", "test", "true", "undefined", "upper");
    static final List<String> JINJA2_GLOBALS = List.of(
            "cycler", "dict", "joiner", "lipsum", "namespace", "range");
    /** What Ansible's templar adds to Jinja2's globals ({@code template/__init__.py}). */
    static final List<String> ANSIBLE_GLOBALS = List.of("lookup", "now", "q", "query", "undef");
    static final List<String> ANSIBLE_LOOKUPS = List.of(
            "config", "csvfile", "dict", "env", "file", "fileglob", "first_found", "indexed_items", "ini",
            "inventory_hostnames", "items", "lines", "list", "nested", "password", "pipe", "random_choice",
            "sequence", "subelements", "template", "together", "unvault", "url", "varnames", "vars");

    /** Missing in jplay: nothing. */
    static final Set<String> NOT_YET = Set.of();

    @Test
    void everyBuiltinFilterTestLookupAndGlobalExists() {
        Library lib = new Library(Builtins::register);
        List<String> missing = new ArrayList<>();
        for (String n : ANSIBLE_FILTERS) {
            check(lib.hasFilter(n), "filter " + n, missing);
        }
        for (String n : JINJA2_FILTERS) {
            check(lib.hasFilter(n), "filter " + n, missing);
        }
        for (String n : ANSIBLE_TESTS) {
            check(lib.hasTest(n), "test " + n, missing);
        }
        for (String n : JINJA2_TESTS) {
            check(lib.hasTest(n), "test " + n, missing);
        }
        for (String n : JINJA2_GLOBALS) {
            check(lib.hasFunction(n), "global " + n, missing);
        }
        for (String n : ANSIBLE_GLOBALS) {
            check(lib.hasFunction(n), "global " + n, missing);
        }
        for (String n : ANSIBLE_LOOKUPS) {
            check(lib.hasLookup(n), "lookup " + n, missing);
        }
        assertEquals(NOT_YET, Set.copyOf(missing));
    }

    /** Lists each family as the controller's own ansible-core and Jinja2 define it, one family a line. */
    private static final String LIST_PLUGINS = String.join("\n",
            "import importlib, json, pkgutil",
            "import jinja2.defaults, jinja2.filters, jinja2.tests",
            "import ansible.plugins.filter as pf, ansible.plugins.test as pt, ansible.plugins.lookup as pl",
            "def family(pkg, cls, method):",
            "    names = set()",
            "    for m in pkgutil.iter_modules(pkg.__path__):",
            "        mod = importlib.import_module(pkg.__name__ + '.' + m.name)",
            "        if hasattr(mod, cls):",
            "            names |= set(getattr(getattr(mod, cls)(), method)())",
            "    return sorted(names)",
            "print(json.dumps(family(pf, 'FilterModule', 'filters')))",
            "print(json.dumps(sorted(jinja2.filters.FILTERS)))",
            "print(json.dumps(family(pt, 'TestModule', 'tests')))",
            "print(json.dumps(sorted(jinja2.tests.TESTS)))",
            "print(json.dumps(sorted(jinja2.defaults.DEFAULT_NAMESPACE)))",
            "print(json.dumps(sorted(m.name for m in pkgutil.iter_modules(pl.__path__) if m.name != '__init__')))");

    /** The lists above are the installed ansible-core's and Jinja2's, so a version change cannot slip past the check. */
    @Test
    @Tag("ansible")
    void catalogIsWhatTheControllersAnsibleCoreAndJinja2Define() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(AnsibleOracle.importsAnsible(python), "no python3 that imports ansible");
        Process p = new ProcessBuilder(python.toString(), "-c", LIST_PLUGINS).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        List<String> lines = out.lines().toList();
        List<List<String>> ours = List.of(ANSIBLE_FILTERS, JINJA2_FILTERS, ANSIBLE_TESTS, JINJA2_TESTS, JINJA2_GLOBALS,
                ANSIBLE_LOOKUPS);
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(new java.util.TreeSet<>(ours.get(i)), new java.util.TreeSet<>(
                    (List<?>) io.jplay.json.JsonParser.parse(lines.get(i))), "family " + i + " of " + LIST_PLUGINS);
        }
    }

    private static void check(boolean present, String name, List<String> missing) {
        if (!present) {
            missing.add(name);
        }
    }
}
