package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.result.TaskResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Single behaviours of the default callback, each observed in an ansible-playbook 2.14 run. */
class DefaultCallbackTest {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    private DefaultCallback callback(OutputSettings settings) {
        return new DefaultCallback(settings, out, err);
    }

    private static RunListener.TaskStart task(String name, String action) {
        return new RunListener.TaskStart(name, action, false, null, Map.of(), false);
    }

    @Test
    void bannersFillTheTerminalWidthMinusOneAndKeepAtLeastThreeStars() {
        DefaultCallback wide = callback(OutputSettings.defaults().withTerminalWidth(101));
        wide.playStart(new RunListener.PlayStart("p", List.of(), false));
        wide.taskStart(task("x".repeat(120), "ping"));
        assertEquals("\nPLAY [p] " + "*".repeat(92) + "\n\nTASK [" + "x".repeat(120) + "] ***\n", out.toString());
    }

    @Test
    void bannerWidthCountsWideCharactersTwice() {
        callback(OutputSettings.defaults()).playStart(new RunListener.PlayStart("日本", List.of(), false));
        assertEquals("\nPLAY [日本] " + "*".repeat(79 - 11) + "\n", out.toString());
    }

    @Test
    void showsTheDelegatedAddressWhenItDiffersFromTheDelegateName() {
        DefaultCallback c = callback(OutputSettings.defaults());
        c.taskStart(task("deleg", "command"));
        c.hostResult(new RunListener.HostResult("h1", "h3", "deleg", "command", TaskResult.of(Map.of("changed", true,
                "_ansible_delegated_vars", Map.of("ansible_host", "127.0.0.1", "ansible_user", "root"))), false, false,
                false));
        assertEquals("changed: [h1 -> h3(127.0.0.1)]\n", out.toString().substring(out.indexOf("changed")));
    }

    @Test
    void labelsIncludedFilesWithTheirLoopItem() {
        DefaultCallback c = callback(OutputSettings.defaults());
        c.included(new RunListener.Included("/srv/play/inc.yml", List.of("h1"), Map.of("a", "it's"),
                Map.of("a", "it's"), false));
        c.included(new RunListener.Included("/srv/play/inc.yml", List.of("h1", "h2")));
        assertEquals("included: /srv/play/inc.yml for h1 => (item={'a': \"it's\"})\n"
                + "included: /srv/play/inc.yml for h1, h2\n", out.toString());
    }

    @Test
    void censorsTheItemOfANoLogIncludeWithOrWithoutALoop() {
        DefaultCallback c = callback(OutputSettings.defaults());
        c.included(new RunListener.Included("/srv/play/inc.yml", List.of("h1"), "s3cret", "s3cret", true));
        c.included(new RunListener.Included("/srv/play/inc.yml", List.of("h1"), null, null, true));
        c.included(new RunListener.Included("/srv/play/inc.yml", List.of("h1"), "s3cret", "L1", false));
        assertEquals("included: /srv/play/inc.yml for h1 => (item=(censored due to no_log))\n"
                + "included: /srv/play/inc.yml for h1 => (item=(censored due to no_log))\n"
                + "included: /srv/play/inc.yml for h1 => (item=L1)\n", out.toString());
    }

    @Test
    void printsTheFullTracebackAndInvocationAtTripleVerbose() {
        DefaultCallback c = callback(OutputSettings.defaults().withVerbosity(3));
        c.taskStart(task("exc", "warnmod"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("failed", true);
        values.put("msg", "it broke");
        values.put("exception", "Traceback (most recent call last):\n  File \"x\", line 1\nValueError: bad value\n");
        values.put("invocation", Map.of("module_args", Map.of("mode", "exc")));
        values.put("changed", false);
        c.hostResult(new RunListener.HostResult("h1", null, "exc", "warnmod", TaskResult.of(values), true, false, false));
        assertEquals("The full traceback is:\nTraceback (most recent call last):\n  File \"x\", line 1\n"
                + "ValueError: bad value\nfatal: [h1]: FAILED! => {\n    \"changed\": false,\n    \"invocation\": {\n"
                + "        \"module_args\": {\n            \"mode\": \"exc\"\n        }\n    },\n"
                + "    \"msg\": \"it broke\"\n}\n...ignoring\n", out.toString().substring(out.indexOf("The full")));
    }

    @Test
    void appendsTheRetriedResultAtTripleVerbose() {
        DefaultCallback c = callback(OutputSettings.defaults().withVerbosity(3));
        c.retrying(new RunListener.Retry("h1", "retry", 1,
                TaskResult.of(Map.of("attempts", 1, "retries", 2, "_ansible_no_log", false))));
        assertEquals("FAILED - RETRYING: [h1]: retry (1 retries left).Result was: {\n    \"attempts\": 1,\n"
                + "    \"retries\": 2\n}\n", out.toString());
    }

    @Test
    void showsEachDistinctWarningOnce() {
        DefaultCallback c = callback(OutputSettings.defaults());
        c.warning("same");
        c.warning("same");
        c.warning("other");
        assertEquals("[WARNING]: same\n[WARNING]: other\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void itemsOfANoLogLoopAreLabelledNone() {
        DefaultCallback c = callback(OutputSettings.defaults());
        c.taskStart(task("secret", "command"));
        c.itemResult(new RunListener.ItemResult("h1", null, "secret", "command", "pw",
                TaskResult.of(Map.of("changed", true, "item", "pw")), true));
        assertEquals("changed: [h1] => (item=None)\n", out.toString().substring(out.indexOf("changed")));
    }

    @Test
    void printsTheConfigFileLineTheCliShowsAtVerbose() {
        assertEquals("Using /etc/ansible/ansible.cfg as config file",
                DefaultCallback.configFileMessage(java.nio.file.Path.of("/etc/ansible/ansible.cfg")));
        assertEquals("No config file found; using defaults", DefaultCallback.configFileMessage(null));
    }
}
