package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default callback prints exactly what ansible-playbook 2.14 printed for the same events. */
class DefaultCallbackGoldenTest {

    @ParameterizedTest(name = "{0} at verbosity {1}")
    @CsvSource({"basic,0", "more,0", "warn,0", "small-v,1", "diff,0"})
    void rendersLikeAnsible(String name, int verbosity) {
        OutputSettings settings = OutputSettings.defaults().withVerbosity(verbosity);
        String[] printed = Golden.render("default", name, (out, err) -> new DefaultCallback(settings, out, err));
        assertEquals(Golden.read("default/" + name + ".out"), printed[0], "stdout");
        assertEquals(Golden.read("default/" + name + ".err"), printed[1], "stderr");
    }

    @Test
    void hidesOkAndSkippedHostsAndMarksCheckMode() {
        OutputSettings settings = OutputSettings.defaults().withDisplay(false, false).withCheckMode(true, true);
        String[] printed = Golden.render("default", "filt", (out, err) -> new DefaultCallback(settings, out, err));
        assertEquals(Golden.read("default/filt.out"), printed[0], "stdout");
        assertEquals(Golden.read("default/filt.err"), printed[1], "stderr");
    }

    @Test
    void showsPlaybookBannerTaskPathsAndNotificationsAtVeryVerbose() {
        OutputSettings settings = OutputSettings.defaults().withVerbosity(2);
        String[] printed = Golden.render("default", "filt-vv", (out, err) -> new DefaultCallback(settings, out, err));
        assertEquals(Golden.read("default/filt-vv.out"), printed[0], "stdout");
        assertEquals(Golden.read("default/filt-vv.err"), printed[1], "stderr");
    }

    @Test
    void sendsFailuresToStderrAndShowsTheirTaskPathWhenConfigured() {
        OutputSettings settings = OutputSettings.defaults().withFailureDisplay(true, true);
        String[] printed = Golden.render("default", "fs", (out, err) -> new DefaultCallback(settings, out, err));
        assertEquals(Golden.read("default/fs.out"), printed[0], "stdout");
        assertEquals(Golden.read("default/fs.err"), printed[1], "stderr");
    }

    @ParameterizedTest(name = "{0} as yaml at verbosity {1}")
    @CsvSource({"warn,0", "small-v,1"})
    void rendersResultsAsYamlWhenConfigured(String name, int verbosity) {
        OutputSettings settings = OutputSettings.defaults().withVerbosity(verbosity)
                .withResultFormat(OutputSettings.ResultFormat.YAML);
        String[] printed = Golden.render("default", name, (out, err) -> new DefaultCallback(settings, out, err));
        assertEquals(Golden.read("default/" + name + "-yaml.out"), printed[0], "stdout");
        assertEquals(Golden.read("default/" + name + "-yaml.err"), printed[1], "stderr");
    }

    @ParameterizedTest(name = "{0} as community.general.yaml at verbosity {1}")
    @CsvSource({"warn,0", "small-v,1"})
    void rendersResultsLikeTheCommunityYamlCallback(String name, int verbosity) {
        OutputSettings settings = OutputSettings.defaults().withVerbosity(verbosity)
                .withResultFormat(OutputSettings.ResultFormat.COMMUNITY_YAML);
        String[] printed = Golden.render("default", name, (out, err) -> new DefaultCallback(settings, out, err));
        assertEquals(Golden.read("default/" + name + "-cyaml.out"), printed[0], "stdout");
        assertEquals(Golden.read("default/" + name + "-cyaml.err"), printed[1], "stderr");
    }

    @Test
    void paintsDiffLinesLineByLineAsAnsibleDoes() {
        OutputSettings settings = OutputSettings.defaults().withColor(true);
        String[] printed = Golden.render("default", "diff", (out, err) -> new DefaultCallback(settings, out, err));
        assertEquals(Golden.read("default/diff-color.out"), printed[0], "stdout");
        assertEquals(Golden.read("default/diff-color.err"), printed[1], "stderr");
    }

    @Test
    void paintsWithAnsiblesColoursAndShowsCustomStatsWhenAsked() {
        OutputSettings settings = OutputSettings.defaults().withColor(true).withCustomStats(true);
        String[] printed = Golden.render("default", "color", (out, err) -> new DefaultCallback(settings, out, err));
        assertEquals(Golden.read("default/color.out"), printed[0], "stdout");
        assertEquals(Golden.read("default/color.err"), printed[1], "stderr");
    }
}
