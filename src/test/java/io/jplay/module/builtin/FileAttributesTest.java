package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileAttributesTest {
    private static final String IDS = "@@id selfu 0\n@@id selfg 0\n@@id owner 65534\n@@id group 4\n";

    @Test
    void aNewPathIsComparedWithTheRemoteUserAndTheDiffNamesIds() throws Exception {
        FileAttributes attrs = new FileAttributes(null, "nobody", "adm").withIds(IDS);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        List<String> commands = new ArrayList<>();
        assertTrue(attrs.plan("/d", FileStat.ABSENT, 0755, false, false, commands, before, after));
        assertEquals(Map.of("owner", 0L, "group", 0L), before);
        assertEquals(Map.of("owner", 65534L, "group", 4L), after);
        assertEquals(2, commands.size());
    }

    @Test
    void aNewPathOwnedAsAskedHasNoOwnershipDiff() throws Exception {
        FileAttributes attrs = new FileAttributes(null, "root", "root")
                .withIds("@@id selfu 0\n@@id selfg 0\n@@id owner 0\n@@id group 0\n");
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        List<String> commands = new ArrayList<>();
        attrs.plan("/d", FileStat.ABSENT, 0755, false, false, commands, before, after);
        assertEquals(Map.of(), before);
        assertEquals(Map.of(), after);
    }

    @Test
    void theProbeAsksOnlyForNames() {
        assertEquals("echo \"@@id selfu $(id -u)\"; echo \"@@id selfg $(id -g)\"; ",
                new FileAttributes(null, "0", "12").idProbe());
        assertEquals("", new FileAttributes("0644", null, null).idProbe());
    }
}
