package io.jplay.playbook.parse;

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
}
