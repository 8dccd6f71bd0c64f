package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locale check as ansible-core 2.14 under Python 3.11 makes it (figures taken from ansible --version). */
class LocaleCheckTest {
    private static final String UNSUPPORTED =
            "ERROR: Ansible could not initialize the preferred locale: unsupported locale setting";

    @TempDir
    Path locales;

    private Optional<String> check(Map<String, String> env) {
        return new LocaleCheck(locales).check(env);
    }

    @Test
    void utf8LocalesAndAnUnsetEnvironmentPass() throws Exception {
        Files.createDirectory(locales.resolve("en_US.utf8"));
        assertEquals(Optional.empty(), check(Map.of()));
        assertEquals(Optional.empty(), check(Map.of("LANG", "C.UTF-8")));
        assertEquals(Optional.empty(), check(Map.of("LC_ALL", "C.utf8")));
        assertEquals(Optional.empty(), check(Map.of("LC_ALL", "en_US.UTF-8")));
        assertEquals(Optional.empty(), check(Map.of("LC_ALL", "", "LANG", "en_US.utf8")));
    }

    @Test
    void aCLocaleTypeIsCoercedToUtf8UnlessLcAllSetsIt() {
        assertEquals(Optional.empty(), check(Map.of("LANG", "C")));
        assertEquals(Optional.empty(), check(Map.of("LC_CTYPE", "xx")));
        assertEquals(Optional.of("ERROR: Ansible requires the locale encoding to be UTF-8; Detected None."),
                check(Map.of("LC_ALL", "C")));
        assertEquals(Optional.of("ERROR: Ansible requires the locale encoding to be UTF-8; Detected None."),
                check(Map.of("LC_ALL", "POSIX")));
    }

    @Test
    void aCategoryNamingALocaleNotInstalledFails() {
        assertEquals(Optional.of(UNSUPPORTED), check(Map.of("LC_ALL", "xx_XX.UTF-8")));
        assertEquals(Optional.of(UNSUPPORTED), check(Map.of("LANG", "xx")));
        assertEquals(Optional.of(UNSUPPORTED), check(Map.of("LANG", "C.UTF-8", "LC_MESSAGES", "zz_ZZ")));
    }

    @Test
    void localesInTheArchiveAreInstalled() throws Exception {
        Files.write(locales.resolve("locale-archive"), "junk\0de_DE.utf8\0more".getBytes());
        assertEquals(Optional.empty(), check(Map.of("LC_ALL", "de_DE.UTF-8")));
        assertEquals(Optional.of(UNSUPPORTED), check(Map.of("LC_ALL", "de_AT.UTF-8")));
    }
}
