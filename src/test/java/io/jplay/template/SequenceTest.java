package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sequence lookup; expected values and messages recorded from ansible-core 2.14. */
class SequenceTest {
    private final AnsibleTemplater t = new AnsibleTemplater(w -> { });

    private List<Object> seq(Object term) throws TemplateException {
        // a loop lookup's items are unsafe (Ansible's wrap_var); the numbers inside are what this test reads
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) io.jplay.yaml.Unsafe.stripped(t.runLoopLookup("sequence", List.of(term), Map.of()));
        return items;
    }

    @Test
    void shortAndKeyValueForms() throws TemplateException {
        assertEquals(List.of("01", "04", "07", "0a"), seq("0x1-0xA/0x3:%02x"));
        assertEquals(List.of("host01", "host02"), seq("2:host%02d"));
        assertEquals(List.of("10", "11", "12"), seq("start=0x10 end=0x12 format=%x"));
        assertEquals(List.of("5", "3", "1"), seq("start=5 end=1 stride=-2"));
        assertEquals(List.of("h010", "h012"), seq("start=1_0 count=2 stride=2 format=h%03d"));
        assertEquals(List.of(" 1.00", " 2.00"), seq("end=2 format=%5.2f"));
        assertEquals(List.of("\u0001", "\u0002"), seq("end=2 format=%c"));
        assertEquals(List.of(), seq("count=0"));
        assertEquals(List.of(), seq("start=1 end=3 stride=0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0o7-011|unrecognized arguments to with_sequence: ['_raw_params']",
        "start=0 junk=3 more=1|unrecognized arguments to with_sequence: ['junk', 'more']",
        "A-4/2|can't parse start=A as integer",
        "start=010 end=3|can't parse start=010 as integer",
        "end=3 start=1 count=|can't parse count= as integer",
        "end=0|to count backwards make stride negative",
        "start=1 end=3 stride=-1|to count forward don't make stride negative",
        "end=3 count=2|can't specify both count and end in with_sequence",
        "start=1|must specify count or end in with_sequence",
        "end=3 format=%d%d|bad formatting string: %d%d",
        "end=3 format=%z|problem formatting 1 with '%z'",
        "end=1 format=%(x)s|problem formatting 1 with '%(x)s'"})
    void errorsAsAnsible(String term, String message) {
        assertEquals(message, assertThrows(TemplateException.class, () -> seq(term)).getMessage());
    }

    @Test
    void aTermMustBeText() {
        assertEquals("unknown error parsing with_sequence arguments: 5. Error was: expected string or bytes-like "
                + "object, got 'int'", assertThrows(TemplateException.class, () -> seq(5L)).getMessage());
    }
}
