package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jplay.result.TaskResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ad-hoc callbacks print exactly what {@code ansible} 2.14 printed for the same results. */
class AdHocCallbacksGoldenTest {

    @Test
    void minimalPrintsJsonBlocksAndCommandTextLikeAnsible() {
        OutputSettings settings = OutputSettings.defaults();
        String[] printed = Golden.render("adhoc", "minimal", (out, err) -> new MinimalCallback(settings, out, err));
        assertEquals(Golden.read("adhoc/minimal.out"), printed[0], "stdout");
        assertEquals(Golden.read("adhoc/minimal.err"), printed[1], "stderr");
    }

    @Test
    void oneLinePrintsEveryResultOnOneLineLikeAnsible() {
        OutputSettings settings = OutputSettings.defaults();
        String[] printed = Golden.render("adhoc", "oneline", (out, err) -> new OneLineCallback(settings, out, err));
        assertEquals(Golden.read("adhoc/oneline.out"), printed[0], "stdout");
        assertEquals(Golden.read("adhoc/oneline.err"), printed[1], "stderr");
    }

    @Test
    void treeWriterStoresEachHostsResultAsCompactJson(@TempDir Path dir) throws Exception {
        Path tree = dir.resolve("tree");
        TreeWriter writer = new TreeWriter(tree, OutputSettings.defaults(), new StringBuilder());
        writer.hostResult(new RunListener.HostResult("h1", null, "command", "command",
                TaskResult.of(Map.of("changed", true, "rc", 0, "stdout", "", "failed", false,
                        "invocation", Map.of("module_args", Map.of()))), false, false, false));
        writer.hostResult(new RunListener.HostResult("h2", null, "command", "command",
                TaskResult.of(Map.of("skipped", true, "changed", false)), false, false, false));
        assertEquals("{\"changed\": true, \"rc\": 0, \"stdout\": \"\"}", Files.readString(tree.resolve("h1")));
        assertFalse(Files.exists(tree.resolve("h2")));
    }
}
