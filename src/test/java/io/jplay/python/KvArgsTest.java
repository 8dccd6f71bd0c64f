package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KvArgsTest {

    @Test
    void valuesDecodeEscapesAsParseKv() {
        Map<String, Object> args = KvArgs.parse("msg=\"t\\tx\" b='a\\nb' c=\\x41\\u00e9 d=\\q e=\\\\n", false);
        assertEquals("t\tx", args.get("msg"));
        assertEquals("a\nb", args.get("b"));
        assertEquals("A\u00e9", args.get("c"));
        assertEquals("\\q", args.get("d"));
        assertEquals("\\n", args.get("e"));
    }

    @Test
    void namedCharacters() {
        assertEquals("\u2022", KvArgs.decodeEscapes("\\N{BULLET}"));
        assertEquals("\\N{NO SUCH NAME}", KvArgs.decodeEscapes("\\N{NO SUCH NAME}"));
    }

    @Test
    void freeFormWordsKeepTheirEscapesButNotEscapedEquals() {
        assertEquals("echo 'a\\tb' x=y", KvArgs.parse("echo 'a\\tb' x\\=y", true).get("_raw_params"));
    }

    @Test
    void aLoneBackslashContinuesTheLineWithoutItsNewlineAndTheLastNewlineStays() {
        assertEquals("echo a \"b\nc\" | cat\necho d\n",
                KvArgs.parse("echo a \\\n\"b\nc\" \\\n| cat\necho d\n", true).get("_raw_params"));
    }

    @Test
    void onlySpacesSeparateWordsAndRunsOfThemAreKept() {
        assertEquals(Map.of("_raw_params", "echo  a\tb  "), KvArgs.parse("echo  a\tb  ", true));
        assertEquals(Map.of("x", "1", "_raw_params", "\t"), KvArgs.parse("\t x=1", false));
    }

    @Test
    void aSpaceBeforeTheFirstWordIsParseKvsIndexError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> KvArgs.parse("  echo", true));
        assertEquals("Unable to parse argument string. list index out of range", e.getMessage());
    }

    @Test
    void quotesAndJinjaBlocksHoldSpacesAndNewlines() {
        assertEquals(Map.of("a", "b\nc", "_raw_params", "d"), KvArgs.parse("a=\"b\nc\" d", false));
        assertEquals(Map.of("_raw_params", "{{ 'a b' }} {{c}}d e"), KvArgs.parse("{{ 'a b' }} {{c}}d e", false));
    }
}
