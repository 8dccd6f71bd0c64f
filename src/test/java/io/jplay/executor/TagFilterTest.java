package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagFilterTest {

    @Test
    void withoutTagsEverythingRunsButNever() {
        TagFilter all = new TagFilter(Set.of(), Set.of());
        assertTrue(all.selects(List.of()));
        assertTrue(all.selects(List.of("web")));
        assertFalse(all.selects(List.of("never")));
    }

    @Test
    void tagsSelectMatchingTasksAndAlways() {
        TagFilter web = new TagFilter(Set.of("web"), Set.of());
        assertTrue(web.selects(List.of("web", "db")));
        assertTrue(web.selects(List.of("always")));
        assertFalse(web.selects(List.of("db")));
        assertFalse(web.selects(List.of()));
        assertTrue(new TagFilter(Set.of("never"), Set.of()).selects(List.of("never")));
    }

    @Test
    void taggedAndUntaggedAreSpecial() {
        assertTrue(new TagFilter(Set.of("untagged"), Set.of()).selects(List.of()));
        assertFalse(new TagFilter(Set.of("untagged"), Set.of()).selects(List.of("x")));
        assertTrue(new TagFilter(Set.of("tagged"), Set.of()).selects(List.of("x")));
        assertFalse(new TagFilter(Set.of("tagged"), Set.of()).selects(List.of()));
    }

    @Test
    void skipTagsWinButAlwaysSurvivesSkipAll() {
        assertFalse(new TagFilter(Set.of(), Set.of("db")).selects(List.of("db")));
        assertTrue(new TagFilter(Set.of(), Set.of("all")).selects(List.of("always")));
        assertFalse(new TagFilter(Set.of(), Set.of("all", "always")).selects(List.of("always")));
        assertFalse(new TagFilter(Set.of(), Set.of("all")).selects(List.of("web")));
    }

    @Test
    void skipOnlyIgnoresTagsAndNeverButHonoursSkipTags() {
        TagFilter filter = new TagFilter(Set.of("web"), Set.of("db"));
        assertTrue(filter.skipOnly().selects(List.of("never")));
        assertTrue(filter.skipOnly().selects(List.of()));
        assertFalse(filter.skipOnly().selects(List.of("db")));
    }
}
