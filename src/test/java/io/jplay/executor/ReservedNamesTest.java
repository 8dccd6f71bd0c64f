package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReservedNamesTest {

    @Test
    void keywordsAndTemplatingGlobalsAreReservedButVarsIsNot() {
        assertEquals(List.of("hosts", "lipsum", "when"),
                ReservedNames.among(Set.of("when", "lipsum", "vars", "hosts", "my_var", "item")));
    }
}
