package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.playbook.Keywords;
import io.jplay.playbook.LoopControl;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.Task;
import io.jplay.template.AnsibleTemplater;
import io.jplay.vars.VarsScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Boolean keywords checked once templated, with the messages of Ansible's play context and task. */
class BoolKeywordsTest {
    private final BoolKeywords check = new BoolKeywords(new AnsibleTemplater(w -> { }));

    private static TaskContext task(Keywords keywords) {
        Task t = new Task(null, "debug", Map.of(), keywords, List.of(), null, null, LoopControl.DEFAULT, null, null,
                null, null, null, null, null, null, null, Map.of(), List.of(), List.of(), List.of(),
                SourceLocation.UNKNOWN);
        return new TaskContext(t, keywords, List.of(), List.of(), VarsScope.EMPTY, false, false, false, null, Path.of("."));
    }

    private static Keywords become(Object value) {
        return new Keywords(value, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    private static Keywords ignoreErrors(Object value) {
        return new Keywords(null, null, null, null, null, null, null, null, value, null, null, null, null, null,
                null, null, null, null);
    }

    @Test
    void booleansAndTheirTextPass() {
        assertNull(check.check(task(become("yes")), Map.of()));
        assertNull(check.check(task(become("{{ 1 == 1 }}")), Map.of()));
        assertNull(check.check(task(ignoreErrors(0L)), Map.of()));
    }

    @Test
    void becomeIsCheckedAsThePlayContextDoesWithTheReasonRepeated() {
        Map<String, Object> r = check.check(task(become("maybe")), Map.of());
        String msg = (String) r.get("msg");
        assertTrue(msg.startsWith("the field 'become' has an invalid value (maybe), and could not be converted to "
                + "an bool.The error was: The value 'maybe' is not a valid boolean."), msg);
        String reason = msg.substring(msg.indexOf("The error was: ") + "The error was: ".length(), msg.indexOf(". The value"));
        assertTrue(msg.endsWith(". " + reason), msg);
        assertTrue(BoolKeywords.isInvalid(r));
    }

    @Test
    void aMappingIsUnhashableAndTheValueIsShownAsWritten() {
        Map<String, Object> r = check.check(task(ignoreErrors(Map.of("a", 1L))), Map.of());
        assertEquals("the field 'ignore_errors' has an invalid value ({'a': 1}), and could not be converted to an "
                + "bool.The error was: unhashable type: 'dict'", r.get("msg"));
    }

    @Test
    void ansibleBecomeFromTheHostWinsOverTheKeyword() {
        Map<String, Object> r = check.check(task(become(true)), Map.of("ansible_become", "sometimes"));
        assertTrue(((String) r.get("msg")).startsWith("the field 'become' has an invalid value (sometimes)"));
    }

    @Test
    void omitLeavesTheKeywordUnset() {
        assertNull(check.check(task(ignoreErrors("{{ omit }}")), Map.of("omit", "__omit_place_holder__x")));
    }
}
