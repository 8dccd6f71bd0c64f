package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --list-hosts}, {@code --list-tasks} and {@code --list-tags} print, byte for byte, what ansible-playbook
 * 2.14 printed for the same playbooks and options (recorded in {@code listing/expected/}): tags sorted as
 * {@code [bar, foo]} and templated, {@code never} hidden unless asked for, explicit meta tasks listed, role tasks
 * named {@code role : task}, rescue/always sections and handlers left out, bare includes imported.
 */
class ListingsTest {
    private static final ListingCases CASES = ListingCases.load();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jplay.cli.ListingCases#numbers")
    void listingIsWhatAnsiblePlaybookPrinted(int number) {
        JplayRun mine = JplayRun.run(CASES.dir(), Map.of(), CASES.args(number));
        assertEquals(CASES.expected(number), ListingCases.recorded(mine), CASES.lines().get(number - 1));
    }
}
