package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jplay.template.AnsibleTemplater;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskTagsTest {
    private final TaskTags tags = new TaskTags(new AnsibleTemplater(w -> { }),
            Map.of("t", "web", "several", List.of("a", "b"), "n", 3L));

    @Test
    void templatedTagsTakeThePlayVariablesAndListsAreFlattened() {
        assertEquals(List.of("outer", "web", "a", "b", "3"), tags.evaluate(List.of("outer", "{{ t }}", "{{ several }}", "{{ n }}")));
    }

    @Test
    void eachTagCountsOnce() {
        assertEquals(List.of("web", "x"), tags.evaluate(List.of("web", "x", "{{ t }}")));
    }

    @Test
    void anUndefinedTagEndsTheRunWithAnsiblesDoubledMessage() {
        FatalRunError e = assertThrows(FatalRunError.class, () -> tags.evaluate(List.of("{{ nope }}")));
        assertEquals("'nope' is undefined. 'nope' is undefined", e.getMessage());
        assertEquals(1, e.exitCode());
    }
}
