package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JunitReportMergerTest {
    private static final JunitXml.Case OK = JunitXml.Case.passed("[h1] all: ping", "p.yml", 0.25, null);
    private static final JunitXml.Case FAILED = new JunitXml.Case("[h2] all: fail msg=boom", "p.yml", 0.5, List.of(),
            List.of(new JunitXml.Problem("boom", "{\"msg\": \"boom & <done>\"}")), null, null);
    private static final JunitXml.Case SKIPPED = new JunitXml.Case("[h3] all: debug", "p.yml", 0.125, List.of(),
            List.of(), "Conditional result was False", null);

    @Test
    void theSlicesReportsJoinIntoTheReportOfOneRun() {
        JunitReportMerger merger = new JunitReportMerger();
        merger.add("a", JunitXml.render("site", List.of(OK)));
        merger.add("b", JunitXml.render("site", List.of(FAILED, SKIPPED)));
        assertEquals(JunitXml.render("site", List.of(OK, FAILED, SKIPPED)), merger.result());
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JunitReportMerger().add("x", "<html/>"));
        assertThrows(IllegalArgumentException.class, () -> new JunitReportMerger().add("x", "{}"));
    }
}
