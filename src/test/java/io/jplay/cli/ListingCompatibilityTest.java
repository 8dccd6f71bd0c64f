package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The listing cases of {@link ListingsTest} run live under the installed ansible-playbook and jplay: the same
 * stdout and exit code, and the same error text where the listing fails. Skipped where Ansible is missing.
 */
@Tag("ansible")
class ListingCompatibilityTest {
    private static final ListingCases CASES = ListingCases.load();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jplay.cli.ListingCases#numbers")
    void listingMatchesAnsiblePlaybook(int number) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook"), "ansible-playbook is not installed");
        String[] args = CASES.args(number);
        JplayRun theirs = JplayRun.of(AnsibleOracle.run(CASES.dir(), Map.of(), "ansible-playbook", args));
        JplayRun mine = JplayRun.run(CASES.dir(), Map.of(), args);
        String line = CASES.lines().get(number - 1);
        assertEquals(ListingCases.recorded(theirs), ListingCases.recorded(mine), line);
        if (theirs.exitCode() != 0) {
            assertEquals(theirs.stderr(), mine.stderr(), line);
        }
    }
}
