package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The subelements lookup; expected values and messages recorded from ansible-core 2.14. */
class SubelementsLookupTest {
    private final AnsibleTemplater t = new AnsibleTemplater(w -> { });
    private final Map<String, Object> vars = Map.of("users", List.of(
            Map.of("name", "a", "m", Map.of("hosts", List.of("h1", "h2"), "pw", "x")),
            Map.of("name", "b")));

    private Object render(String expr) throws TemplateException {
        return t.template("{{ " + expr + " }}", vars);
    }

    @Test
    void pairsRemoveTheKeyFromTheNestedDict() throws TemplateException {
        assertEquals(List.of(List.of(Map.of("name", "a", "m", Map.of("pw", "x")), "h1"),
                List.of(Map.of("name", "a", "m", Map.of("pw", "x")), "h2")),
                render("q('subelements', users, 'm.hosts', {'skip_missing': 'yes'})"));
        assertEquals(List.of("h1", "h2"), render("users[0].m.hosts"));
    }

    @Test
    void errorsAsAnsible() {
        assertMessage("could not find 'm' key in iterated item '{'name': 'b'}'", "q('subelements', users, 'm.hosts')");
        assertMessage("the key pw should point to a list, got 'x'", "q('subelements', users, 'm.pw')");
        assertMessage("subelements lookup expects a dictionary, got '9001'", "q('subelements', 9001, 'k')");
        assertMessage("subelements lookup expects a list of two or three items, first a dict or a list, second a string "
                + "pointing to the subkey", "q('subelements', users, 1)");
        assertMessage("subelements lookup expects a list of two or three items, the optional third item must be a dict "
                + "with flags skip_missing", "q('subelements', users, 'k', 'x')");
    }

    private void assertMessage(String expected, String expr) {
        assertEquals("An unhandled exception occurred while running the lookup plugin 'subelements'. Error was a "
                + "<class 'ansible.errors.AnsibleError'>, original message: " + expected + ". " + expected,
                assertThrows(TemplateException.class, () -> render(expr)).getMessage());
    }
}
