package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParsingPrimitivesTest {

    @Test
    void hostRangesExpandLikeAnsible() {
        assertEquals(List.of("web01", "web02", "web03"), HostNames.expand("web[01:03]"));
        assertEquals(List.of("db-a", "db-b", "db-c"), HostNames.expand("db-[a:c]"));
        assertEquals(List.of("h0", "h2", "h4"), HostNames.expand("h[:4:2]"));
        assertEquals(List.of("a1x", "a1y", "a2x", "a2y"), HostNames.expand("a[1:2][x:y]"));
        assertThrows(InventoryException.class, () -> HostNames.expand("w[01:3]"));
    }

    @Test
    void addressesSplitOffPortsButNotRanges() {
        assertEquals(new HostNames.Address("h", 2222), HostNames.parseAddress("h:2222"));
        assertEquals(new HostNames.Address("web[01:03]", 22), HostNames.parseAddress("web[01:03]:22"));
        assertEquals(new HostNames.Address("web[01:03]", null), HostNames.parseAddress("web[01:03]"));
        assertEquals(new HostNames.Address("::1", 22), HostNames.parseAddress("[::1]:22"));
    }
}
