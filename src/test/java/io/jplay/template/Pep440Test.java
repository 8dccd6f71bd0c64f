package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders recorded from {@code sorted(versions, key=packaging.version.Version)} (packaging as ansible-core 2.14 uses it). */
class Pep440Test {

    @Test
    void sortsAsPackagingDoes() {
        List<String> versions = List.of("1.0", "1.0.0", "1.0.dev0", "1.0a1", "1.0a1.dev2", "1.0b2", "1.0rc1", "1.0c2",
                "1.0.post1", "1.0-1", "1.0.post1.dev3", "1!0.5", "1.0+local.7", "1.0+local.abc", "1.0+5", "v1.0",
                "1.0.0.0.1", "2.14.0rc1", "2.14.0", "1.0alpha3", "1.0-preview.2", "1.0r4", "1.0.rev2", " 1.1 ");
        List<String> sorted = new ArrayList<>(versions);
        sorted.sort((a, b) -> {
            try {
                return Pep440.parse(a).compareTo(Pep440.parse(b));
            } catch (TemplateException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("1.0.dev0|1.0a1.dev2|1.0a1|1.0alpha3|1.0b2|1.0rc1|1.0c2|1.0-preview.2|1.0|1.0.0|v1.0|1.0+local.abc"
                + "|1.0+local.7|1.0+5|1.0.post1.dev3|1.0.post1|1.0-1|1.0.rev2|1.0r4|1.0.0.0.1| 1.1 |2.14.0rc1|2.14.0|1!0.5",
                String.join("|", sorted));
    }

    @Test
    void refusesWhatIsNoVersion() {
        assertEquals("Invalid version: 'nope'",
                assertThrows(TemplateException.class, () -> Pep440.parse("nope")).getMessage());
    }
}
