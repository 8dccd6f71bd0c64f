package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Async jobs started by one slice are files on the hosts, so a later run that slices differently (or
 * not at all) reads them with {@code async_status} and lists them with {@code jplay jobs}.
 */
class SliceAsyncTest {

    @Test
    void jobsOfASliceAreReadByALaterRun(@TempDir Path work) throws Exception {
        Map<String, String> env = Map.of("ANSIBLE_ASYNC_DIR", work.resolve("async").toString());
        StringBuilder inv = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            inv.append("node").append(i).append(" ansible_connection=local\n");
        }
        Files.writeString(work.resolve("inv"), inv);
        JplayRun launch = JplayRun.run(work, env, "-i", "inv", "all", "--slice", "1/2", "-B", "30", "-P", "0",
                "-a", "echo from-slice-1");
        assertEquals(0, launch.exitCode(), launch.stderr());
        Matcher m = Pattern.compile("(?m)^(node\\d) \\| CHANGED => \\{[^}]*?\"ansible_job_id\": \"(j[\\d.]+)\"",
                Pattern.DOTALL).matcher(launch.stdout());
        Map<String, String> jids = new LinkedHashMap<>();
        while (m.find()) {
            jids.put(m.group(1), m.group(2));
        }
        assertEquals(3, jids.size(), launch.stdout());
        for (Map.Entry<String, String> job : jids.entrySet()) {
            JplayRun status = null;
            for (int i = 0; i < 50; i++) {
                status = JplayRun.run(work, env, "-i", "inv", job.getKey(), "-m", "async_status", "-a",
                        "jid=" + job.getValue());
                if (status.stdout().contains("\"finished\": 1")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertEquals(0, status.exitCode(), status.stderr());
            assertTrue(status.stdout().contains("from-slice-1"), status.stdout());
            JplayRun listed = JplayRun.run(work, env, "jobs", job.getKey(), "-i", "inv", "--slice", "1/1");
            assertEquals(0, listed.exitCode(), listed.stderr());
            assertTrue(listed.stdout().contains(job.getKey()) && listed.stdout().contains(job.getValue()),
                    listed.stdout());
        }
    }
}
