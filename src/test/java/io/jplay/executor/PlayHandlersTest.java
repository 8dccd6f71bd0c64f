package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.jplay.playbook.Keywords;
import io.jplay.playbook.LoopControl;
import io.jplay.playbook.Role;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A role a task loads again lists its handlers again as the same handlers, so the last-loaded lookup moves to them. */
class PlayHandlersTest {

    private static Task handler(String name) {
        return new Task(name, "debug", Map.of(), Keywords.NONE, List.of(), null, null, LoopControl.DEFAULT, null,
                null, null, null, null, null, null, null, null, Map.of(), List.of(), List.of(), List.of(),
                SourceLocation.UNKNOWN);
    }

    private static Role role(String dir, Map<String, Object> params) {
        return new Role(dir, Path.of("/roles/" + dir), Map.of(), Map.of(), params, List.of(), List.of(handler("h")),
                List.of());
    }

    @Test
    void aRoleLoadedAgainListsTheSameHandlerLast() {
        List<PlayPreparer.Handler> known = new ArrayList<>();
        Role first = role("a", Map.of());
        PlayHandlers.addLoaded(known, first);
        PlayHandlers.addLoaded(known, role("b", Map.of()));
        PlayHandlers.addLoaded(known, role("a", Map.of()));
        assertEquals(3, known.size());
        assertSame(first.handlers().get(0), known.get(2).task());
        assertSame(first.handlers().get(0), HandlerNames.lastNamed(known, "h").orElseThrow().task());
    }

    @Test
    void otherParamsMakeAnotherRoleWithItsOwnHandlers() {
        List<PlayPreparer.Handler> known = new ArrayList<>();
        Role first = role("a", Map.of());
        PlayHandlers.addLoaded(known, first);
        PlayHandlers.addLoaded(known, role("a", Map.of("p", 1L)));
        assertNotSame(first.handlers().get(0), known.get(1).task());
    }
}
