package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void aLeafIsTestedItself() {
        assertTrue(SharedValues.anyLeaf("x", v -> false, "x"::equals));
        assertFalse(SharedValues.anyLeaf("x", "x"::equals, "x"::equals));
    }

    @Test
    void aMatchBeyondTheDirectWalksBudgetIsStillFound() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            many.add(Map.of("k" + i, i));
        }
        assertFalse(SharedValues.anyLeaf(many, v -> false, "needle"::equals));
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("deep", List.of("needle"));
        many.add(last);
        assertTrue(SharedValues.anyLeaf(many, v -> false, "needle"::equals));
        assertFalse(SharedValues.anyLeaf(many, v -> v == last, "needle"::equals));
    }

    /** A list of 60 levels, each holding the level below twice (as YAML aliases make): 2^60 paths, 60 lists. */
    @Test
    void sharedContainersAreWalkedOnce() {
        Object level = List.of("leaf");
        for (int i = 0; i < 60; i++) {
            level = List.of(level, level);
        }
        Object bomb = level;
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertFalse(SharedValues.anyLeaf(bomb, v -> false, "needle"::equals));
            assertTrue(SharedValues.anyLeaf(bomb, v -> false, "leaf"::equals));
        });
    }
}
