package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates with their own delimiters, as Jinja2's lexer reads them. */
class DelimitersTest {
    private static String render(String template, Delimiters d) throws TemplateException {
        AnsibleTemplater t = new AnsibleTemplater(w -> { });
        Runtime rt = new Runtime(t, new Library(Builtins::register), Map.of("x", "world"), w -> { });
        rt.delimiters = d;
        return (String) t.templateDeep(template, rt);
    }

    @Test
    void ownDelimitersReplaceJinjasAndTheDefaultsStayText() throws TemplateException {
        Delimiters d = Delimiters.of(Map.of("variable_start_string", "[%", "variable_end_string", "%]",
                "block_start_string", "<%", "block_end_string", "%>", "comment_start_string", "[#",
                "comment_end_string", "#]"));
        assertEquals("Hello world {{ x }} {% if %}!yes", render("Hello [% x %] {{ x }} {% if %}[# c #]!<% if true %>yes<% endif %>", d));
        assertEquals("ab", render("[%- 'a' -%] [% 'b' %]", d));
        assertEquals("{{ x }}", render("<% raw %>{{ x }}<% endraw %>", d));
    }

    @Test
    void theDefaultsAreJinjas() throws TemplateException {
        assertEquals("Hello world", render("Hello {{ x }}{# c #}", Delimiters.of(Map.of())));
    }
}
