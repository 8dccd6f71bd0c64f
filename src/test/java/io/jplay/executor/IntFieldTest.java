package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntFieldTest {

    @Test
    void readsWhatPythonIntReads() {
        assertEquals(5, IntField.port(" 5 "));
        assertEquals(-3, IntField.port("-3"));
        assertEquals(1000, IntField.port("1_000"));
        assertEquals(2, IntField.port(2.9));
        assertEquals(1, IntField.port(true));
    }

    @Test
    void anythingElseFailsWithAnsiblesWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntField.port("abc"));
        assertEquals("the field 'port' has an invalid value (abc), and could not be converted to an int.The error "
                + "was: invalid literal for int() with base 10: 'abc'. invalid literal for int() with base 10: 'abc'",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IntField.port("1.5"));
    }
}
