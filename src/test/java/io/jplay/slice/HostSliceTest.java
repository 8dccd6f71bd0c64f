package io.jplay.slice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostSliceTest {
    private static List<String> hosts(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("web" + i + ".example.org");
        }
        return names;
    }

    @Test
    void everyHostIsInExactlyOneSliceAndSlicesDifferByAtMostOne() {
        for (int n : new int[] {1, 2, 3, 4, 7, 8}) {
            for (int size : new int[] {0, 1, 5, 97, 1000}) {
                List<String> all = hosts(size);
                Map<String, Integer> owner = new HashMap<>();
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int i = 1; i <= n; i++) {
                    Set<String> members = new HostSlice(i, n).members(all);
                    min = Math.min(min, members.size());
                    max = Math.max(max, members.size());
                    for (String h : members) {
                        assertEquals(null, owner.put(h, i), h + " in two slices");
                    }
                }
                assertEquals(size, owner.size(), "every host in a slice");
                assertTrue(max - min <= 1, "balanced: " + min + ".." + max);
            }
        }
    }

    @Test
    void thePartitionDependsOnlyOnTheNamesNotTheirOrder() {
        List<String> all = hosts(500);
        List<String> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new java.util.Random(7));
        for (int i = 1; i <= 4; i++) {
            assertEquals(Set.copyOf(new HostSlice(i, 4).members(all)), Set.copyOf(new HostSlice(i, 4).members(shuffled)));
        }
    }

    @Test
    void theAssignmentIsFixedAcrossMachinesAndJavaVersions() {
        // SHA-256 of the name decides; these values pin it so that a change of the rule is noticed
        // sorted by the first 8 bytes of SHA-256 (unsigned): web0, web3, web1, web2; dealt 1, 2, 1, 2
        assertEquals(Set.of("web0.example.org", "web1.example.org"),
                new HostSlice(1, 2).members(hosts(4)));
        assertEquals(Set.of("web3.example.org", "web2.example.org"),
                new HostSlice(2, 2).members(hosts(4)));
    }

    @Test
    void aSubsetWithANamePatternIsStillSpreadOverTheSlices() {
        List<String> all = hosts(4000);
        List<String> everyFourth = all.stream().filter(h -> Integer.parseInt(h.replaceAll("\\D", "")) % 4 == 0).toList();
        for (int i = 1; i <= 4; i++) {
            Set<String> members = new HostSlice(i, 4).members(all);
            long mine = everyFourth.stream().filter(members::contains).count();
            assertTrue(mine > 150 && mine < 350, "slice " + i + " has " + mine + " of 1000");
        }
    }

    @Test
    void parsesIOverNAndTheIndexedJobEnvironment() {
        assertEquals(new HostSlice(2, 4), HostSlice.parse("2/4", Map.of()));
        assertEquals(new HostSlice(1, 8), HostSlice.parse("auto",
                Map.of("JOB_COMPLETION_INDEX", "0", "JOB_COMPLETIONS", "8")));
        assertEquals(new HostSlice(8, 8), HostSlice.parse("auto",
                Map.of("JOB_COMPLETION_INDEX", "7", "JOB_COMPLETIONS", "8")));
        for (String bad : new String[] {"0/4", "5/4", "x/4", "2", "1/0"}) {
            assertThrows(IllegalArgumentException.class, () -> HostSlice.parse(bad, Map.of()), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> HostSlice.parse("auto", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> HostSlice.parse("auto",
                Map.of("JOB_COMPLETION_INDEX", "8", "JOB_COMPLETIONS", "8")));
    }
}
