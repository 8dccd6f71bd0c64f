package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.vault.VaultSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentsTest {
    @TempDir
    Path dir;

    private String assemble(String delimiter, String regexp, boolean ignoreHidden) throws Exception {
        byte[] out = new Fragments(new ControllerSources(VaultSecrets.none()), true).assemble(dir, delimiter, regexp,
                ignoreHidden);
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void joinsFragmentsAsAnsibleDoes() throws Exception {
        Files.writeString(dir.resolve("01-a"), "a1\n");
        Files.writeString(dir.resolve("02-b"), "b2");
        Files.writeString(dir.resolve(".h"), "hidden\n");
        Files.writeString(dir.resolve("10-c.conf"), "c3\n");
        Files.createDirectories(dir.resolve("05-subdir"));
        assertEquals("hidden\na1\nb2\nc3\n", assemble(null, null, false));
        // the delimiter is escape-decoded and always followed by a newline (Ansible's bytes comparison)
        assertEquals("a1\n### sep\n\nb2\n### sep\n\nc3\n", assemble("### sep\\n", "^[0-9]", true));
        assertEquals("a1\n--\nb2", assemble("--", "-[ab]$", false));
        assertEquals("hidden\na1\nb2\nc3\n", assemble("", null, false));
    }

    @Test
    void escapeDecodeIsPythonsForBytes() {
        assertEquals("a\n\tb\\u00e9A\u0001", new String(io.jplay.python.PyEscapes.escapeDecode(
                "a\\n\\tb\\u00e9\\x41\\1".getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1));
    }
}
