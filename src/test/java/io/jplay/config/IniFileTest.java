package io.jplay.config;

import io.jplay.python.PyBool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** configparser behaviour (Python 3.11, inline_comment_prefixes=(';',)). */
class IniFileTest {

    @Test
    void bothDelimitersAndCaseInsensitiveKeys() {
        IniFile ini = IniFile.parse("[defaults]\nForks: 12\nremote_user = deploy\n", "f");
        assertEquals(Optional.of("12"), ini.get("defaults", "forks"));
        assertEquals(Optional.of("deploy"), ini.get("defaults", "REMOTE_USER"));
        assertEquals(Optional.empty(), ini.get("Defaults", "forks"), "section names are case-sensitive");
    }

    @Test
    void inlineSemicolonNeedsWhitespaceAndHashIsNotInline() {
        IniFile ini = IniFile.parse("[d]\na = 1 ; one\nb = x;y\nc = #kept\n# full = line\n; other = line\n", "f");
        assertEquals(Optional.of("1"), ini.get("d", "a"));
        assertEquals(Optional.of("x;y"), ini.get("d", "b"));
        assertEquals(Optional.of("#kept"), ini.get("d", "c"));
        assertEquals(Optional.empty(), ini.get("d", "full"));
    }

    @Test
    void indentedLinesContinueTheValue() {
        IniFile ini = IniFile.parse("[ssh_connection]\nssh_args = -o A=1\n   -o B=2\n\nnext = v\n", "f");
        assertEquals(Optional.of("-o A=1\n-o B=2"), ini.get("ssh_connection", "ssh_args"));
        assertEquals(Optional.of("v"), ini.get("ssh_connection", "next"));
    }

    @Test
    void defaultSectionAppliesEverywhere() {
        IniFile ini = IniFile.parse("[DEFAULT]\nx = 1\n[a]\ny = 2\n", "f");
        assertEquals(Optional.of("1"), ini.get("a", "x"));
        assertEquals(Optional.of("1"), ini.get("missing", "x"));
    }

    @Test
    void malformedFilesAreRejected() {
        assertThrows(ConfigException.class, () -> IniFile.parse("x = 1\n", "f"));
        assertThrows(ConfigException.class, () -> IniFile.parse("[a]\nx = 1\nx = 2\n", "f"));
        assertThrows(ConfigException.class, () -> IniFile.parse("[a]\n[a]\n", "f"));
        ConfigException e = assertThrows(ConfigException.class, () -> IniFile.parse("[a]\nnovalue\n", "f"));
        assertTrue(e.getMessage().startsWith("Error reading config file (f)"), e.getMessage());
    }

    /** Messages as Python's configparser gives them for {@code read_string} (ansible-core reads the file that way). */
    @Test
    void errorsAreWordedAsConfigparsers() {
        assertEquals("Error reading config file (f): File contains no section headers.\nfile: '<string>', line: 1\n'garbage\\n'",
                assertThrows(ConfigException.class, () -> IniFile.parse("garbage\n[d]\n", "f")).getMessage());
        assertEquals("Error reading config file (f): While reading from '<string>' [line  3]: section 'd' already exists",
                assertThrows(ConfigException.class, () -> IniFile.parse("[d]\nx=1\n[d]\n", "f")).getMessage());
        assertEquals("Error reading config file (f): While reading from '<string>' [line  3]: option 'x' in section 'd'"
                + " already exists", assertThrows(ConfigException.class, () -> IniFile.parse("[d]\nx=1\nx=2\n", "f")).getMessage());
        assertEquals("Error reading config file (f): Source contains parsing errors: '<string>'\n\t[line  2]: 'foo\\n'"
                + "\n\t[line  4]: \"it's\"",
                assertThrows(ConfigException.class, () -> IniFile.parse("[d]\nfoo\nx=1\nit's", "f")).getMessage());
    }

    @Test
    void ansibleBooleanAcceptsItsSpellings() {
        for (String t : new String[] {"yes", "On", "TRUE", "t", "y", "1", " true "}) {
            assertTrue(PyBool.boolean_(t), t);
        }
        for (String f : new String[] {"no", "off", "false", "n", "0", "", "maybe"}) {
            assertEquals(false, PyBool.boolean_(f), f);
        }
    }
}
