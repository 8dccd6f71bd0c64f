package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.yaml.Unsafe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnsibleTemplaterTest {
    private final List<String> warnings = new ArrayList<>();
    private final AnsibleTemplater t = new AnsibleTemplater(warnings::add);

    private static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private String error(Object template, Map<String, Object> vars) {
        return assertThrows(TemplateException.class, () -> t.template(template, vars)).getMessage();
    }

    @Test
    void aTemplateFileDecodesStringEscapesAndReportsSyntaxErrorsAsAPrintStatement(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.j2");
        assertEquals("a\nb\n", t.templateFile("{{ 'a\\nb' }}\n", file, vars()));
        assertEquals("a\\nb", t.template("{{ 'a\\nb' }}", vars()));
        TemplateException e = assertThrows(TemplateException.class, () -> t.templateFile("{{ 1 +}}\n", file, vars()));
        assertTrue(e.getMessage().startsWith("template error while templating string: unexpected 'end of print statement'"),
                e.getMessage());
    }

    @Test
    void aTestOrFilterNamedInSelectOrMapEscapesAsJinjasOwnError() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> t.template("{{ [1] | select('nosuchtest') | list }}", vars()));
        assertEquals(TemplateException.Kind.PYTHON_EXCEPTION, e.kind());
        assertEquals("TemplateSyntaxError: Could not load \"nosuchtest\": 'nosuchtest'\n  line 0", e.getMessage());
        e = assertThrows(TemplateException.class, () -> t.template("{{ [1] | map('nosuchfilter') | list }}", vars()));
        assertEquals(TemplateException.Kind.PYTHON_EXCEPTION, e.kind());
        // a filter named in the template itself is found when Jinja2 compiles it: Ansible wraps that one
        e = assertThrows(TemplateException.class, () -> t.template("{{ [1] | nosuchfilter }}", vars()));
        assertEquals(TemplateException.Kind.ANSIBLE, e.kind());
    }

    @Test
    void undefinedVariableUsesAnsiblesMessage() {
        assertEquals("'foo' is undefined", error("{{ foo }}", vars()));
        assertEquals("'foo' is undefined", error("{{ foo.bar }}", vars()));
        assertEquals("'dict object' has no attribute 'nokey'", error("{{ d.nokey }}", vars("d", Map.of("a", 1))));
        assertEquals("Mandatory variable 'x'  not defined.", error("{{ x | mandatory }}", vars()));
    }

    @Test
    void aChainTooLongToEvaluateIsAnsiblesRecursionErrorNotAStackOverflow() throws Exception {
        // the chains parse iteratively into a left-deep tree; evaluating it recursively overflowed
        // the stack of a fork thread and failed the task with java.lang.StackOverflowError
        String sum = "{{ 1" + "+1".repeat(50_000) + " }}";
        String attrs = "{{ x" + ".a".repeat(50_000) + " }}";
        String filters = "{{ x" + "|default(1)".repeat(50_000) + " }}";
        List<String> messages = new ArrayList<>();
        Thread fork = new Thread(null, () -> {
            for (String template : List.of(sum, attrs, filters)) {
                messages.add(assertThrows(TemplateException.class, () -> t.template(template, vars())).getMessage());
            }
            messages.add(assertThrows(TemplateException.class,
                    () -> t.isTrue(sum.substring(3, sum.length() - 3) + " == 2", vars())).getMessage());
        }, "small-stack", 256 * 1024);
        fork.start();
        fork.join();
        assertEquals(4, messages.size(), "every template failed with a TemplateException: " + messages);
        assertEquals("recursive loop detected in template string: " + sum, messages.get(0));
        assertEquals("recursive loop detected in template string: " + filters, messages.get(2));
        assertTrue(messages.get(3).startsWith("recursive loop detected in template string: 1+1+1"), messages.get(3));
        assertEquals("2", String.valueOf(t.template("{{ 1+1 }}", vars())), "a short chain still works");
    }

    @Test
    void undefinedIsFineUnderDefaultAndDefinedTests() throws Exception {
        assertEquals("d", t.template("{{ foo | default('d') }}", vars()));
        assertEquals("n", t.template("{{ 'y' if foo is defined else 'n' }}", vars()));
        assertTrue(t.isTrue("foo is undefined", vars()));
    }

    @Test
    void nullVariableIsDefinedAndKeptByDefault() throws Exception {
        Map<String, Object> v = vars("x", null);
        assertTrue(t.isTrue("x is defined", v));
        assertNull(t.template("{{ x }}", v));
        assertEquals("", t.template("{{ x | default('d') }}", v));
        assertEquals("d", t.template("{{ x | default('d', true) }}", v));
        assertEquals("ab", t.template("a{{ x }}b", v));
    }

    @Test
    void singleExpressionKeepsDataAndMixedTextRendersLikePython() throws Exception {
        Map<String, Object> v = vars("l", List.of("a", "b"), "m", Map.of("k", "v"), "n", 3L, "b", true);
        assertEquals(List.of("a", "b"), t.template("{{ l }}", v));
        assertTrue(t.template("{{ l }}", v) instanceof ArrayList);
        assertTrue(t.template("{{ m }}", v) instanceof LinkedHashMap);
        assertEquals(3L, t.template("{{ n }}", v));
        assertEquals(Boolean.TRUE, t.template("{{ n > 2 }}", v));
        assertEquals("4", t.template("{{ n + 1 }}", v), "Ansible 2.14 renders computed numbers as text");
        assertEquals("['a', 'b'] {'k': 'v'} True 1.0", t.template("{{ l }} {{ m }} {{ b }} {{ 1.0 }}", v));
    }

    @Test
    void templatesNestedStructuresAndKeys() throws Exception {
        Object out = t.template(Map.of("{{ k }}", List.of("{{ v }}", 1L)), vars("k", "key", "v", "val"));
        assertEquals(Map.of("key", List.of("val", 1L)), out);
    }

    @Test
    void lazyVariablesAreTemplatedWithTheSameVariables() throws Exception {
        Map<String, Object> v = vars("a", "{{ b | int + 1 }}", "b", "41", "l", List.of("{{ b }}", "x"));
        assertEquals("43", t.template("{{ a | int + 1 }}", v));
        assertEquals(List.of("41", "x"), t.template("{{ l }}", v));
        assertEquals("41", v.get("b"), "the caller's map is not modified");
    }

    @Test
    void recursionIsReported() {
        String msg = error("{{ a }}", vars("a", "{{ b }}", "b", "{{ a }}"));
        assertTrue(msg.startsWith("recursive loop detected in template string: "), msg);
    }

    @Test
    void unsafeValuesAreNeverTemplatedAndAreUnwrapped() throws Exception {
        Map<String, Object> v = vars("r", new Unsafe(Map.of("stdout", "{{ secret }}")), "s", new Unsafe("{{ x }}"));
        assertEquals("{{ secret }}", t.template("{{ r.stdout }}", v));
        assertEquals("{{ x }}!", t.template("{{ s }}!", v));
        assertEquals("{{ y }}", t.template(new Unsafe("{{ y }}"), v));
    }

    @Test
    void precedenceFollowsJinja2() throws Exception {
        assertTrue(t.isTrue("not 'c' in ['a']", vars()));
        assertTrue(t.isTrue("not 0 == 1", vars()));
        assertTrue(t.isTrue("1 < 2 < 3", vars()));
        assertEquals("1", t.template("{{ -1 | abs }}", vars()), "Jinja2 applies the filter to -1");
        assertEquals(Boolean.TRUE, t.template("{{ '41' | int is number }}", vars()));
    }

    @Test
    void conditionalsUsePythonTruthinessAndWarnAboutDelimiters() throws Exception {
        assertTrue(t.isTrue(List.of("1 == true", "0 == false"), vars()));
        assertFalse(t.isTrue(List.of(true, "x"), vars("x", List.of())));
        assertTrue(t.isTrue("{{ x }}", vars("x", true)));
        assertEquals(1, warnings.size());
        String msg = assertThrows(TemplateException.class, () -> t.isTrue("nope", vars())).getMessage();
        assertEquals("error while evaluating conditional (nope): 'nope' is undefined", msg);
    }

    @Test
    void omitIsAUniquePlaceholder() throws Exception {
        assertTrue(t.omitPlaceholder().matches("__omit_place_holder__[0-9a-f]{40}"));
        assertEquals(t.omitPlaceholder(), t.template("{{ omit }}", vars()));
        assertNotEquals(t.omitPlaceholder(), new AnsibleTemplater(w -> { }).omitPlaceholder());
    }

    @Test
    void lookupsRunForLoopsAndReadFilesRelativeToThePlaybook(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/a.txt"), "hello\n");
        Map<String, Object> v = vars("playbook_dir", dir.toString());
        assertEquals("hello", t.template("{{ lookup('file', 'a.txt') }}", v));
        // a loop lookup's items are unsafe, as Ansible wraps them: never templated again
        assertEquals(List.of(new Unsafe("1"), new Unsafe("2")), t.runLoopLookup("sequence", List.of("1-2"), v));
        assertEquals(List.of(Map.of("key", "k", "value", 1L)), Unsafe.stripped(t.runLoopLookup("dict", List.of(Map.of("k", 1L)), v)));
        assertEquals(List.of(Map.of("key", "k", "value", 1L)), Unsafe.stripped(t.runLoopLookup("dict", Map.of("k", 1L), v)));
        assertEquals(List.of("k"), Unsafe.stripped(t.runLoopLookup("items", Map.of("k", 1L), v)));
        assertEquals(List.of(List.of(0L, "x")), Unsafe.stripped(t.runLoopLookup("indexed_items", "x", v)));
        TemplateException e = assertThrows(TemplateException.class, () -> t.runLoopLookup("indexed_items", Map.of("k", 1L), v));
        assertEquals("with_indexed_items expects a list", e.getMessage());
        String pw = (String) t.template("{{ lookup('password', 'pw.txt length=8') }}", v);
        assertEquals(8, pw.length());
        assertEquals(pw, t.template("{{ lookup('password', 'pw.txt length=8') }}", v));
    }

    @Test
    void asyncTestsWarnOnNonAsyncResults() throws Exception {
        assertEquals(Boolean.TRUE, t.template("{{ r is finished }}", vars("r", Map.of("changed", false))));
        assertEquals(List.of("The 'finished' test expects an async task, but a non-async task was tested"), warnings);
    }

    @Test
    void pythonReprMatchesPython() {
        Object value = java.util.Arrays.asList("a", "it's", null, true, 1.5, Map.of("k", new Tuple(List.of(1L))));
        assertEquals("['a', \"it's\", None, True, 1.5, {'k': (1,)}]", PythonRepr.repr(value));
        assertEquals("x", PythonRepr.str("x"));
        assertEquals("'x'", PythonRepr.repr("x"));
    }

    @Test
    void syntaxErrorsAreTemplateExceptions() {
        assertTrue(error("{{ 1 + }}", vars()).startsWith("template error while templating string"));
        assertTrue(error("{% if x %}", vars("x", 1L)).contains("endif"));
    }

    @Test
    void nestedTakesATextElementAsOneValue() throws Exception {
        assertEquals(List.of(List.of("xs", "a"), List.of("xs", "b")),
                t.template("{{ query('nested', 'xs', ['a', 'b']) }}", vars("xs", List.of(1L, 2L))));
    }
}
