package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.output.RunListener;
import io.jplay.playbook.Play;
import io.jplay.template.AnsibleTemplater;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** vars_prompt asked on a terminal as ansible-playbook asks it (questions, confirm, defaults), and not asked without one. */
class VarsPromptsTest {
    private final List<String> shown = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final RunListener listener = new RunListener() {
        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    };

    /** A terminal user who gives {@code answers} in turn (null: the input has ended). */
    private Prompter user(String... answers) {
        Deque<String> left = new ArrayDeque<>(List.of(answers));
        return new Prompter() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String ask(String text, boolean secret) {
                shown.add(text + (secret ? "(secret)" : ""));
                return left.isEmpty() ? null : left.poll();
            }

            @Override
            public void say(String line) {
                shown.add(line);
            }
        };
    }

    private static Map<String, Object> prompt(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private Map<String, Object> answer(Prompter prompter, Map<String, Object> extraVars, List<Map<String, Object>> prompts) {
        Play play = new Play("p", "all", false, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, List.of(), null, null, prompts, List.of(), List.of());
        return new VarsPrompts(new AnsibleTemplater(w -> { }), listener, prompter, extraVars).answer(play, Map.of()).vars();
    }

    @Test
    void asksEachQuestionAsAnsibleWordsIt() {
        Map<String, Object> vars = answer(user("", "x", "s3cret"), Map.of(), List.of(
                prompt("name", "color", "prompt", "Favourite colour", "default", "blue", "private", false),
                prompt("name", "nopr", "private", false),
                prompt("name", "pw", "prompt", "Password")));
        assertEquals(List.of("Favourite colour [blue]: ", "nopr: ", "Password: (secret)"), shown);
        assertEquals(Map.of("color", "blue", "nopr", "x", "pw", "s3cret"), vars);
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void confirmAsksAgainUntilBothAnswersMatch() {
        Map<String, Object> vars = answer(user("a", "b", "c", "c"), Map.of(), List.of(
                prompt("name", "pw", "prompt", "New password", "confirm", true)));
        assertEquals(List.of("New password: (secret)", "confirm New password: (secret)", VarsPrompts.MISMATCH,
                "New password: (secret)", "confirm New password: (secret)"), shown);
        assertEquals("c", vars.get("pw"));
    }

    @Test
    void anExtraVariableIsNotAskedAndAnEndedInputTakesTheDefault() {
        Map<String, Object> vars = answer(user(), Map.of("given", 1), List.of(
                prompt("name", "given", "prompt", "Given"),
                prompt("name", "late", "prompt", "", "default", 7)));
        // an empty prompt is Ansible's "input for NAME: " (without the default); answers are text, as to_text makes them
        assertEquals(List.of("input for late: (secret)"), shown);
        assertEquals("7", vars.get("late"));
        assertTrue(!vars.containsKey("given"));
    }

    @Test
    void withoutATerminalNothingIsAskedAndAnsiblesWarningIsShown() {
        Map<String, Object> vars = answer(Prompter.NONE, Map.of(), List.of(prompt("name", "x", "default", "d")));
        assertEquals(List.of(VarsPrompts.NOT_INTERACTIVE), warnings);
        assertEquals("d", vars.get("x"));
    }
}
