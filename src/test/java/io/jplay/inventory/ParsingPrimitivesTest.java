package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParsingPrimitivesTest {

    @Test
    void literalEvalTypesNumbersBooleansAndContainers() {
        assertEquals(5L, PythonLiteral.parse("5"));
        assertEquals(-3L, PythonLiteral.parse("-3"));
        assertEquals(255L, PythonLiteral.parse("0xff"));
        assertEquals(1000L, PythonLiteral.parse("1_000"));
        assertEquals(1000.0, PythonLiteral.parse("1e3"));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                PythonLiteral.parse("123456789012345678901234567890"));
        assertEquals(false, PythonLiteral.parse("False"));
        assertEquals(Map.of("a", 1L), PythonLiteral.parse("{'a': 1}"));
        assertEquals(List.of(1L, "x"), PythonLiteral.parse("(1, 'x')"));
        assertEquals("ab", PythonLiteral.parse("'a' \"b\""));
    }

    @Test
    void nonLiteralsStayStrings() {
        assertEquals("0755", PythonLiteral.parse("0755"));
        assertEquals("true", PythonLiteral.parse("true"));
        assertEquals("yes", PythonLiteral.parse("yes"));
        assertEquals("1.2.3.4", PythonLiteral.parse("1.2.3.4"));
        assertEquals("[1,", PythonLiteral.parse("[1,"));
        assertEquals("{a:1}", PythonLiteral.parse("{a:1}"));
        assertEquals("", PythonLiteral.parse(""));
    }

    @Test
    void shellWordsFollowPosixQuoting() {
        assertEquals(List.of("h", "x=a b", "y=it's", "z=q\"r"), ShellWords.split("h x=\"a b\" y=it\\'s z='q\"r'"));
        assertEquals(List.of("h", "a=1"), ShellWords.split("h a=1 # rest"));
        assertThrows(InventoryException.class, () -> ShellWords.split("h x='open"));
    }

    @Test
    void hostRangesExpandLikeAnsible() {
        assertEquals(List.of("web01", "web02", "web03"), HostNames.expand("web[01:03]"));
        assertEquals(List.of("db-a", "db-b", "db-c"), HostNames.expand("db-[a:c]"));
        assertEquals(List.of("h0", "h2", "h4"), HostNames.expand("h[:4:2]"));
        assertEquals(List.of("a1x", "a1y", "a2x", "a2y"), HostNames.expand("a[1:2][x:y]"));
        assertThrows(InventoryException.class, () -> HostNames.expand("w[01:3]"));
    }

    @Test
    void addressesSplitOffPortsButNotRanges() {
        assertEquals(new HostNames.Address("h", 2222), HostNames.parseAddress("h:2222"));
        assertEquals(new HostNames.Address("web[01:03]", 22), HostNames.parseAddress("web[01:03]:22"));
        assertEquals(new HostNames.Address("web[01:03]", null), HostNames.parseAddress("web[01:03]"));
        assertEquals(new HostNames.Address("::1", 22), HostNames.parseAddress("[::1]:22"));
    }

    @Test
    void globTranslatesLikeFnmatch() {
        assertEquals(true, HostPattern.glob("web*").matcher("web01").matches());
        assertEquals(false, HostPattern.glob("web*").matcher("xweb").matches());
        assertEquals(true, HostPattern.glob("h[!0-2]").matcher("h5").matches());
        assertEquals(false, HostPattern.glob("h[!0-2]").matcher("h1").matches());
        assertEquals(true, HostPattern.glob("a.b?").matcher("a.bc").matches());
        assertEquals(false, HostPattern.glob("a.b").matcher("axb").matches());
    }
}
