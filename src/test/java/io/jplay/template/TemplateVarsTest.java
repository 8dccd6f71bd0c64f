package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template action's variables, as ansible-core's {@code generate_ansible_template_vars} makes them. */
class TemplateVarsTest {

    private static Controller managed(String format) {
        return new Controller() {
            @Override
            public Optional<String> env(String name) {
                return Optional.empty();
            }

            @Override
            public Optional<Optional<Object>> setting(String name) {
                return name.equals("DEFAULT_MANAGED_STR") ? Optional.of(Optional.of(format)) : Optional.empty();
            }
        };
    }

    @Test
    void managedStringIsFormattedThenStrftimedAtTheSourcesMtime(@TempDir Path dir) throws Exception {
        Path src = Files.writeString(dir.resolve("t.j2"), "x");
        LocalDateTime mtime = LocalDateTime.of(2024, 3, 4, 5, 6, 7);
        Files.setLastModifiedTime(src, FileTime.from(mtime.atZone(ZoneId.systemDefault()).toInstant()));
        Map<String, Object> vars = TemplateVars.of("t.j2", src, null, managed("{file} by {uid} {{x}} %Y-%m-%d %H:%M"));
        String uid = Files.getOwner(src).getName();
        assertEquals("t.j2 by " + uid + " {x} 2024-03-04 05:06", vars.get("ansible_managed"));
        assertEquals("t.j2", vars.get("template_path"));
        assertEquals(src.toAbsolutePath().toString(), vars.get("template_fullpath"));
        assertNull(vars.get("template_destpath"));
        assertEquals(uid, vars.get("template_uid"));
        assertEquals(new PyDateTime(mtime), vars.get("template_mtime"));
        assertTrue(vars.get("template_run_date") instanceof PyDateTime);
        assertTrue(!((String) vars.get("template_host")).isEmpty());
    }

    @Test
    void defaultManagedStringIsAnsibles(@TempDir Path dir) throws Exception {
        Path src = Files.writeString(dir.resolve("t.j2"), "x");
        Map<String, Object> vars = TemplateVars.of("t.j2", src, "/d", Controller.ofEnvironment(Map.of()));
        assertEquals("Ansible managed", vars.get("ansible_managed"));
        assertEquals("/d", vars.get("template_destpath"));
    }
}
