package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonLinesTest {

    @Test
    void splitsLikePythonsSplitlines() {
        assertEquals(List.of("a", "b", "", "c"), PythonLines.splitlines("a\nb\r\n\rc"));
        assertEquals(List.of("a"), PythonLines.splitlines("a\n"));
        assertEquals(List.of(), PythonLines.splitlines(""));
        assertEquals(List.of("x", "y"), PythonLines.splitlines("x\u2028y"));
    }
}
