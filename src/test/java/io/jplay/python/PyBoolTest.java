package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values recorded from ansible-core 2.14's {@code boolean()} and {@code to_bool}. */
class PyBoolTest {

    @Test
    void boolFilterIsNarrowerThanBoolean() {
        assertEquals(false, PyBool.boolFilter("y"));
        assertEquals(false, PyBool.boolFilter("t"));
        assertNull(PyBool.boolFilter(null));
        assertEquals(false, PyBool.boolFilter(" yes"));
        assertEquals(true, PyBool.boolFilter("YES"));
        assertEquals(true, PyBool.boolFilter(1L));
        assertEquals(true, PyBool.boolFilter(1.0));
        assertEquals(false, PyBool.boolFilter(2L));
        assertEquals(false, PyBool.boolFilter("1.0"));
        assertEquals(false, PyBool.boolFilter(List.of(1L)));
    }

    @Test
    void booleanStripsAndKnowsShortForms() {
        assertTrue(PyBool.boolean_("  Y "));
        assertTrue(PyBool.boolean_("t"));
        assertTrue(PyBool.boolean_(1.0));
        assertFalse(PyBool.boolean_("1.0"));
        assertFalse(PyBool.boolean_(2L));
        assertFalse(PyBool.boolean_(null));
    }

    @Test
    void strictBooleanRejectsUnknownText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PyBool.boolean_("maybe", true));
        assertTrue(e.getMessage().startsWith("The value 'maybe' is not a valid boolean.  Valid booleans include: "));
    }

    @Test
    void strictBooleanFindsContainersUnhashable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PyBool.boolean_(java.util.Map.of("a", 1), true));
        org.junit.jupiter.api.Assertions.assertEquals("unhashable type: 'dict'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PyBool.boolean_(java.util.List.of(1), true));
        org.junit.jupiter.api.Assertions.assertEquals("unhashable type: 'list'", e.getMessage());
    }
}
