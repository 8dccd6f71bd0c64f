package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values recorded from CPython 3.11's {@code random.Random(seed)}. */
class PyRandomTest {

    private static BigInteger big(String s) {
        return new BigInteger(s);
    }

    @Test
    void textSeedGivesPythonsRandrange() {
        // Random('localhost').randrange(0, 2**63-1): the salt ansible-core's filter_encryption test vaults with
        assertEquals(big("4278228071864583436"), PyRandom.seeded("localhost")
                .randrange(BigInteger.ZERO, BigInteger.TWO.pow(63).subtract(BigInteger.ONE), BigInteger.ONE));
        assertEquals(big("983"), PyRandom.seeded("").randrange(BigInteger.ZERO, big("1000"), BigInteger.ONE));
    }

    @Test
    void intSeedsUseTheirAbsoluteValueAsKeyWords() {
        PyRandom r = PyRandom.seeded(42L);
        assertEquals(big("81"), r.randrange(BigInteger.ZERO, big("100"), BigInteger.ONE));
        assertEquals(big("651624026616628370850321568903"),
                r.randrange(BigInteger.TEN, BigInteger.TWO.pow(100), big("3")));
        assertEquals("c", PyRandom.seeded(-5L).choice(List.of("a", "b", "c", "d")));
        assertEquals(big("983"), PyRandom.seeded(BigInteger.TWO.pow(70).add(big("12345")))
                .randrange(BigInteger.ZERO, big("1000"), BigInteger.ONE));
        assertEquals(big("137"), PyRandom.seeded(true).randrange(BigInteger.ZERO, big("1000"), BigInteger.ONE));
    }

    @Test
    void floatSeedsUsePythonsHash() {
        assertEquals(1152921504606846977L, PyRandom.floatHash(1.5));
        assertEquals(-576460752303423490L, PyRandom.floatHash(-2.25));
        assertEquals(1224995262755759164L, PyRandom.floatHash(1e300));
        assertEquals(230584300921369408L, PyRandom.floatHash(0.1));
        assertEquals(big("565"), PyRandom.seeded(1.5).randrange(BigInteger.ZERO, big("1000"), BigInteger.ONE));
        assertEquals(big("931"), PyRandom.seeded(-0.1).randrange(BigInteger.ZERO, big("1000"), BigInteger.ONE));
        assertEquals(big("243"), PyRandom.seeded(3.0).randrange(BigInteger.ZERO, big("1000"), BigInteger.ONE));
    }

    @Test
    void shuffleIsPythons() {
        List<Integer> l = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        PyRandom.seeded(1337L).shuffle(l);
        assertEquals(List.of(0, 3, 7, 2, 1, 6, 4, 5, 8, 9), l);
    }

    @Test
    void emptyRangesAreRefusedWithPythonsWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PyRandom.seeded(1L).randrange(BigInteger.TEN, BigInteger.ONE, BigInteger.ONE));
        assertEquals("empty range for randrange() (10, 1, -9)", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> PyRandom.seeded(1L).choice(List.of()));
    }
}
