package io.jplay.conformance;

import java.util.List;

/** How one case fared: its status against ansible-core and the exact differences behind it. */
record CaseOutcome(ConformanceCase testCase, Status status, List<String> differences, String note,
        List<String> suiteWide) {

    enum Status {
        PASS("pass"),
        IMPROVEMENT("documented improvement"),
        KNOWN_DIFFERENCE("known difference"),
        FAIL("FAIL"),
        NOT_COMPARED("jplay only (ansible-playbook not installed)"),
        SKIPPED("skipped");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }
}
