package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.inventory.Host;
import io.jplay.template.AnsibleTemplater;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SerialBatchesTest {
    private final AnsibleTemplater templater = new AnsibleTemplater(w -> { });

    private static List<Host> hosts(int n) {
        List<Host> hosts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            hosts.add(new Host("h" + i, Map.of()));
        }
        return hosts;
    }

    private List<Integer> sizes(Object serial, int n) {
        return SerialBatches.of(serial, hosts(n), templater, Map.of()).stream().map(List::size).toList();
    }

    @Test
    void noSerialIsOneBatch() {
        assertEquals(List.of(5), sizes(null, 5));
    }

    @Test
    void numbersPercentagesAndListsWhoseLastSizeRepeats() {
        assertEquals(List.of(2, 2, 1), sizes(2L, 5));
        assertEquals(List.of(2, 2, 1), sizes("40%", 5));
        assertEquals(List.of(1, 2, 2), sizes(List.of(1L, "40%"), 5));
        assertEquals(List.of(1, 1, 1), sizes("10%", 3));
    }

    @Test
    void serialCanBeATemplate() {
        assertEquals(List.of(3, 2), SerialBatches.of("{{ n }}", hosts(5), templater, Map.of("n", 3L)).stream()
                .map(List::size).toList());
    }
}
