package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code lipsum} is random, so its shape is tested: Jinja2's paragraphs, word counts and punctuation. */
class LipsumTest {
    private static final Pattern PARAGRAPH = Pattern.compile("[A-Z][a-z]*(,?(\\. [A-Z]| [a-z])[a-z]*)*,?\\.");

    @Test
    void htmlParagraphsOfTwentyToNinetyNineWords() throws TemplateException {
        for (long seed = 0; seed < 200; seed++) {
            String text = Lipsum.generate(new Random(seed), 5, true, 20, 100);
            String[] paragraphs = text.split("\n");
            assertEquals(5, paragraphs.length);
            for (String p : paragraphs) {
                assertTrue(p.startsWith("<p>") && p.endsWith("</p>"), p);
                String body = p.substring(3, p.length() - 4);
                assertTrue(PARAGRAPH.matcher(body).matches(), body);
                int words = body.split(" ").length;
                assertTrue(words >= 20 && words < 100, body);
                assertTrue(!body.matches(".*\\b(\\w+),? \\1\\b.*"), "a word twice in a row: " + body);
            }
        }
    }

    @Test
    void plainTextSeparatesParagraphsByBlankLines() throws TemplateException {
        String text = Lipsum.generate(new Random(1), 3, false, 2, 3);
        String[] paragraphs = text.split("\n\n");
        assertEquals(3, paragraphs.length);
        for (String p : paragraphs) {
            assertTrue(p.matches("[A-Z][a-z]* [a-z]+\\."), p);
        }
    }

    @Test
    void globalTakesKeywordsAndIsRandom() throws TemplateException {
        AnsibleTemplater t = new AnsibleTemplater(w -> { });
        Object one = t.template("{{ lipsum(n=1, html=false, min=3, max=4) }}", Map.of());
        assertTrue(String.valueOf(one).matches("[A-Z][a-z]* [a-z]+ [a-z]+\\."), String.valueOf(one));
        assertEquals("", t.template("{{ lipsum(0) }}", Map.of()));
        String a = String.valueOf(t.template("{{ lipsum() }}", Map.of()));
        String b = String.valueOf(t.template("{{ lipsum() }}", Map.of()));
        assertNotEquals(a, b);
    }

    @Test
    void emptyRangeIsPythonsValueError() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> Lipsum.generate(new Random(), 1, true, 5, 5));
        assertEquals("empty range for randrange() (5, 5, 0)", e.getMessage());
    }
}
