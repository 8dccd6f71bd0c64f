package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * A notify name reaches the last loaded handler of that name, as Ansible's strategy searches; a role a task loads
 * again lists its handlers again as the same handlers, so that lookup moves to them.
 */
class HandlerNamesTest {

    private static Task handler(String name) {
        return new Task(name, "debug", Map.of(), Keywords.NONE, List.of(), null, null, LoopControl.DEFAULT, null,
                null, null, null, null, null, null, null, null, Map.of(), List.of(), List.of(), List.of(),
                SourceLocation.UNKNOWN);
    }

    private static Role role(Task handler, Map<String, Object> params) {
        return new Role("r", Path.of("/roles/r"), Map.of(), Map.of(), params, List.of(), List.of(handler), List.of());
    }

    @Test
    void theLastHandlerOfANameWins() {
        Task first = handler("restart");
        Task second = handler("restart");
        List<PlayPreparer.Handler> all = List.of(new PlayPreparer.Handler(first, null),
                new PlayPreparer.Handler(second, role(second, Map.of())));
        assertSame(second, HandlerNames.lastNamed(all, "restart").orElseThrow().task());
        assertSame(second, HandlerNames.lastNamed(all, "r : restart").orElseThrow().task());
        assertTrue(HandlerNames.lastNamed(all, "other").isEmpty());
    }

    @Test
    void aRoleIncludedAgainWithTheSameParamsHasTheSameHandlers() {
        Task loaded = handler("h");
        Task again = handler("h");
        PlayPreparer.Handler known = new PlayPreparer.Handler(loaded, role(loaded, Map.of()));
        assertTrue(HandlerNames.sameHandler(known, again, role(again, Map.of())));
        assertFalse(HandlerNames.sameHandler(known, again, role(again, Map.of("p", 1L))));
    }

    @Test
    void aRoleLoadedAgainListsTheSameHandlerLast() {
        List<PlayPreparer.Handler> known = new ArrayList<>();
        Role first = role(handler("h"), Map.of());
        PlayHandlers.addLoaded(known, first);
        PlayHandlers.addLoaded(known, new Role("b", Path.of("/roles/b"), Map.of(), Map.of(), Map.of(), List.of(),
                List.of(handler("h")), List.of()));
        PlayHandlers.addLoaded(known, role(handler("h"), Map.of()));
        assertEquals(3, known.size());
        assertSame(first.handlers().get(0), known.get(2).task());
        assertSame(first.handlers().get(0), HandlerNames.lastNamed(known, "h").orElseThrow().task());
    }

    @Test
    void otherParamsMakeAnotherRoleWithItsOwnHandlers() {
        List<PlayPreparer.Handler> known = new ArrayList<>();
        Role first = role(handler("h"), Map.of());
        PlayHandlers.addLoaded(known, first);
        PlayHandlers.addLoaded(known, role(handler("h"), Map.of("p", 1L)));
        assertNotSame(first.handlers().get(0), known.get(1).task());
    }
}
