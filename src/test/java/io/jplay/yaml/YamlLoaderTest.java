package io.jplay.yaml;

import io.jplay.python.SharedValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlLoaderTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final YamlLoader loader = new YamlLoader(warnings::add);

    private Object load(String text) throws YamlException {
        return loader.loadAll(text, "t.yml").get(0);
    }

    @Test
    void booleansFollowYaml11LikePyYaml() throws Exception {
        assertEquals(Arrays.asList(true, false, true, false, true, false, "y", "n", "yEs"),
                load("[yes, no, On, OFF, True, false, y, n, yEs]"));
    }

    @Test
    void leadingZeroIsOctalAndUnderscoresAreIgnored() throws Exception {
        assertEquals(List.of(493L, 1000L, 31L, 3L, 80L, 0L), load("[0755, 1_000, 0x1F, 0b11, '1:20', -0]".replace("'1:20'", "1:20")));
    }

    @Test
    void nullSpellingsAndEmptyValuesAreNull() throws Exception {
        assertEquals(Arrays.asList(null, null, null, ""), load("[~, null, NULL, '']"));
        assertNull(((Map<?, ?>) load("a:\n")).get("a"));
    }

    @Test
    void floatsNeedADotAndSignedExponentAsInPyYaml() throws Exception {
        assertEquals(Arrays.asList(1.5, "1e3", 1500.0, Double.POSITIVE_INFINITY), load("[1.5, 1e3, 1.5e+3, .inf]"));
    }

    @Test
    void hugeIntegersBecomeBigInteger() throws Exception {
        assertEquals(List.of(new BigInteger("99999999999999999999"), 5L), load("[99999999999999999999, 5]"));
    }

    @Test
    void quotedScalarsStayStrings() throws Exception {
        assertEquals(List.of("yes", "0755", "~"), load("['yes', \"0755\", '~']"));
    }

    @Test
    void mergeKeysComeFirstAndLocalKeysWin() throws Exception {
        Map<?, ?> doc = (Map<?, ?>) load("base: &b {p: 1, q: 2}\nchild:\n  r: 0\n  <<: *b\n  q: 3\n");
        Map<?, ?> child = (Map<?, ?>) doc.get("child");
        assertEquals(List.of("p", "q", "r"), new ArrayList<>(child.keySet()));
        assertEquals(3L, child.get("q"));
        assertEquals(1L, child.get("p"));
    }

    @Test
    void mergeOfAListGivesEarlierMappingsPrecedence() throws Exception {
        Map<?, ?> doc = (Map<?, ?>) load("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n");
        assertEquals(Map.of("x", 1L, "y", 2L), doc.get("c"));
    }

    @Test
    void aliasesShareTheAnchoredValueAsPyYamlDoes() throws Exception {
        Map<?, ?> doc = (Map<?, ?>) load("a: &l [1, 2]\nb: *l\n");
        assertSame(doc.get("a"), doc.get("b"));
    }

    @Test
    void aliasBombLoadsInLinearTimeAndMemory() throws Exception {
        StringBuilder text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 12; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        Map<?, ?> doc = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> (Map<?, ?>) load(text.toString()));
        List<?> top = (List<?>) doc.get("a12");
        assertEquals(9, top.size());
        assertSame(top.get(0), top.get(8));
        assertSame(doc.get("a11"), top.get(0));
    }

    @Test
    void nestedMergesOfAliasedMappingsStayLinear() throws Exception {
        StringBuilder text = new StringBuilder("m0: &m0 {k: v}\n");
        for (int i = 1; i <= 30; i++) {
            text.append("m").append(i).append(": &m").append(i).append(" {<<: [*m").append(i - 1)
                    .append(", *m").append(i - 1).append(", *m").append(i - 1).append("], k").append(i).append(": ").append(i).append("}\n");
        }
        Map<?, ?> doc = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> (Map<?, ?>) load(text.toString()));
        assertEquals(31, ((Map<?, ?>) doc.get("m30")).size());
    }

    @Test
    void aliasToAnEnclosingNodeIsRefused() {
        YamlException e = assertThrows(YamlException.class, () -> load("a: &a [1, *a]\n"));
        assertTrue(e.getMessage().contains("recursive structure"), e.getMessage());
    }

    @Test
    void unsafeWrapsCopiesAndLeavesSharedValuesAlone() throws Exception {
        Map<?, ?> doc = (Map<?, ?>) load("a: &l ['{{ x }}']\nb: !unsafe [*l, *l]\n");
        assertEquals(List.of("{{ x }}"), doc.get("a"));
        List<?> b = (List<?>) doc.get("b");
        assertInstanceOf(Unsafe.class, ((List<?>) b.get(0)).get(0));
        assertSame(b.get(0), b.get(1));
    }

    @Test
    void longScalarsLoadInLinearTime() throws Exception {
        String big = "x".repeat(8 << 20);
        Object doc = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> load("a: \"" + big + "\"\nb: '" + big + "'\nc: " + big + "\n"));
        assertEquals(big.length(), ((String) ((Map<?, ?>) doc).get("c")).length());
    }

    @Test
    void unsafeAndVaultTagsBecomeMarkerObjects() throws Exception {
        Map<?, ?> doc = (Map<?, ?>) load("u: !unsafe '{{ x }}'\nv: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6162\n");
        assertEquals(new Unsafe("{{ x }}"), doc.get("u"));
        assertEquals(new VaultText("$ANSIBLE_VAULT;1.1;AES256\n6162\n"), doc.get("v"));
    }

    @Test
    void duplicateKeysKeepLastValueAndWarnLikeAnsible() throws Exception {
        Map<?, ?> doc = (Map<?, ?>) load("x: 0\nm:\n  a: 1\n  a: 2\n");
        assertEquals(2L, ((Map<?, ?>) doc.get("m")).get("a"));
        assertEquals(List.of("While constructing a mapping from t.yml, line 3, column 3, found a duplicate dict key (a)."
                + " Using last defined value only."), warnings);
    }

    @Test
    void locatedLoadRecordsStartOfEveryMapping() throws Exception {
        LoadedYaml doc = loader.loadLocated("- hosts: all\n  tasks:\n    - name: a\n      ping:\n", "p.yml");
        Map<?, ?> play = (Map<?, ?>) ((List<?>) doc.data()).get(0);
        Object task = ((List<?>) play.get("tasks")).get(0);
        assertEquals(new Mark("p.yml", 1, 3), doc.markOf(play));
        assertEquals(new Mark("p.yml", 3, 7), doc.markOf(task));
    }

    @Test
    void multipleDocumentsAreAllReturned() throws Exception {
        assertEquals(List.of(1L, 2L), loader.loadAll("--- 1\n--- 2\n", "m.yml"));
    }

    @Test
    void jsonLookingDocumentReportsWherePythonsJsonStopped() throws Exception {
        Path f = dir.resolve("bad.json.yml");
        Files.writeString(f, "{\"a\": 1,\n  \"b\": [1, 2\n  c: }\n");
        YamlException e = assertThrows(YamlException.class, () -> loader.load(f));
        assertTrue(e.getMessage().contains("JSON: Expecting ',' delimiter: line 3 column 3 (char 24)\n"),
                e.getMessage());
    }

    @Test
    void syntaxErrorReproducesAnsibleMessage() throws Exception {
        Path f = dir.resolve("bad.yml");
        Files.writeString(f, "- hosts: x\n  tasks:\n  - debug:\n      msg: a: b\n");
        YamlException e = assertThrows(YamlException.class, () -> loader.load(f));
        assertEquals("We were unable to read either as JSON nor YAML, these are the errors we got from each:\n"
                + "JSON: Expecting value: line 1 column 1 (char 0)\n\n"
                + "Syntax Error while loading YAML.\n  mapping values are not allowed in this context\n\n"
                + "The error appears to be in '" + f + "': line 4, column 13, but may\n"
                + "be elsewhere in the file depending on the exact syntax problem.\n\n"
                + "The offending line appears to be:\n\n  - debug:\n      msg: a: b\n            ^ here\n",
                e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void unquotedTemplateIsLocatedAndGetsQuoteHint() throws Exception {
        Path f = dir.resolve("t.yml");
        Files.writeString(f, "- hosts: localhost\n  tasks:\n    - name: a\n      debug:\n        msg: {{ foo }}\n");
        YamlException e = assertThrows(YamlException.class, () -> loader.load(f));
        assertTrue(e.getMessage().contains("Syntax Error while loading YAML.\n  found unacceptable key "
                + "(unhashable type: 'AnsibleMapping')\n\nThe error appears to be in '" + f + "': line 5, column 15"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("        msg: {{ foo }}\n              ^ here\n"
                + "We could be wrong, but this one looks like it might be an issue with\nmissing quotes. Always quote "
                + "template expression brackets when they\nstart a value. For instance:\n\n    with_items:\n"
                + "      - {{ foo }}\n\nShould be written as:\n\n    with_items:\n      - \"{{ foo }}\"\n"), e.getMessage());
    }

    /** libyaml (Ansible's parser) places the end of a text without a final line break on the line after it. */
    @Test
    void anEndWithoutALineBreakIsReportedOnTheNextLineAsLibyamlDoes() throws Exception {
        Path f = dir.resolve("noeol.yml");
        Files.writeString(f, "- hosts: all\n  tasks: [ {debug: msg=1}");
        YamlException e = assertThrows(YamlException.class, () -> loader.load(f));
        assertTrue(e.getMessage().contains("  did not find expected ',' or ']'\n\n"
                + "The error appears to be in '" + f + "': line 3, column 1, but may\n"), e.getMessage());
    }

    /** Data from a string (-e '{...}') is '<string>' to Ansible, with its position and no offending line. */
    @Test
    void aStringsErrorGivesThePositionOnly() {
        YamlException e = assertThrows(YamlException.class, () -> loader.loadAll("{bad", AnsibleErrorText.IN_MEMORY));
        assertTrue(e.getMessage().endsWith("  did not find expected ',' or '}'\n\n"
                + "The error appears to be in '<string>': line 2, column 1, but may\n"
                + "be elsewhere in the file depending on the exact syntax problem.\n"), e.getMessage());
    }

    @Test
    void kvShorthandMixedWithYamlPointsAtTheEqualsSign() throws Exception {
        Path f = dir.resolve("s.yml");
        Files.writeString(f, "- hosts: localhost\n  tasks:\n    - name: a\n      debug: msg=hi\n     bad: x\n");
        YamlException e = assertThrows(YamlException.class, () -> loader.load(f));
        assertTrue(e.getMessage().endsWith("  did not find expected '-' indicator\n\n"
                + "The error appears to be in '" + f + "': line 4, column 17, but may\n"
                + "be elsewhere in the file depending on the exact syntax problem.\n\n"
                + "The offending line appears to be:\n\n      debug: msg=hi\n                ^ here\n\n"
                + "There appears to be both 'k=v' shorthand syntax and YAML in this task. Only one syntax may be used.\n"),
                e.getMessage());
    }

    @Test
    void integersAreLongs() throws Exception {
        assertInstanceOf(Long.class, load("7"));
    }

    @Test
    void tooDeepNestingIsOneClearErrorWithItsPlace() {
        String deep = "a:\n  b: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        YamlTooDeepException e = assertThrows(YamlTooDeepException.class, () -> load(deep));
        assertEquals(2, e.line());
        assertEquals(1004, e.column());
        assertTrue(e.getMessage().contains("nesting deeper than 1000 levels"), e.getMessage());
    }

    @Test
    void nestingUpToTheLimitLoads() throws Exception {
        String deep = "[".repeat(YamlLoader.MAX_DEPTH) + "]".repeat(YamlLoader.MAX_DEPTH);
        Object v = load(deep);
        for (int i = 1; i < YamlLoader.MAX_DEPTH; i++) {
            v = ((List<?>) v).get(0);
        }
        assertEquals(List.of(), v);
    }
}
