package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values were produced by Python 3.11's textwrap and str(), which Ansible relies on. */
class TextFormattingTest {

    @Test
    void wrapsAfterHyphensInsideWordsLikePythonTextwrap() {
        assertEquals(List.of("[WARNING]: a well-known multi-word", "hyphenated-expression that goes on and",
                "on and on and on past the edge"), TextWrap.wrap("[WARNING]: a well-known multi-word "
                        + "hyphenated-expression that goes on and on and on and on past the edge", 40, true));
    }

    @Test
    void breaksWordsLongerThanTheWidth() {
        assertEquals(List.of("[WARNING]: " + "x".repeat(29), "x".repeat(40), "x".repeat(31) + " tail"),
                TextWrap.wrap("[WARNING]: " + "x".repeat(100) + " tail", 40, true));
    }

    @Test
    void turnsTabsAndNewlinesIntoSpaces() {
        assertEquals(List.of("[WARNING]: tabs here and newlines   and", "spaces  word word word word word word",
                "word word word word word word word word", "word"),
                TextWrap.wrap("[WARNING]: tabs\there and\nnewlines   and   spaces  " + "word ".repeat(15), 40, true));
    }

    @Test
    void keepsWhitespaceAtLineEdgesWhenAskedAsDeprecationsDo() {
        assertEquals(List.of("[DEPRECATION WARNING]: aaa bbb", "  ccc [DEPRECATION WARNING]: ", "aaa bbb  ccc [DEPRECATION ",
                "WARNING]: aaa bbb  ccc ", "[DEPRECATION WARNING]: aaa bbb", "  ccc "),
                TextWrap.wrap("[DEPRECATION WARNING]: aaa bbb  ccc ".repeat(4), 30, false));
    }

    @Test
    void rendersItemLabelsWithPythonStr() {
        Map<String, Object> item = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        list.add(true);
        list.add(null);
        list.add(1.5);
        list.add("x'y");
        list.add("q\"");
        list.add("é\n");
        item.put("a", 1L);
        item.put("b", list);
        assertEquals("{'a': 1, 'b': [True, None, 1.5, \"x'y\", 'q\"', 'é\\n']}", PythonText.str(item));
        assertEquals("plain", PythonText.str("plain"));
    }

    @Test
    void formatsDeprecationsWithVersionDateOrNeither() {
        assertEquals("[DEPRECATION WARNING]: Old stuff is going away. This feature will be removed from ansible-core "
                + "in version 2.99. Deprecation warnings can be disabled by setting deprecation_warnings=False in "
                + "ansible.cfg.", new RunListener.Deprecation("Old stuff is going away", "2.99", null,
                        "ansible.builtin").message());
        assertEquals("[DEPRECATION WARNING]: Gone? This feature will be removed from community.general in a release "
                + "after 2027-01-01. Deprecation warnings can be disabled by setting deprecation_warnings=False in "
                + "ansible.cfg.", new RunListener.Deprecation("Gone?", null, "2027-01-01", "community.general")
                        .message());
        assertEquals("[DEPRECATION WARNING]: x. This feature will be removed in a future release. Deprecation "
                + "warnings can be disabled by setting deprecation_warnings=False in ansible.cfg.",
                new RunListener.Deprecation("x", null, null, null).message());
    }
}
