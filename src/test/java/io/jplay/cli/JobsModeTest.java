package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsModeTest {

    @Test
    void listsJobFilesAndCleansUpFinishedOnes(@TempDir Path work) throws Exception {
        Map<String, String> env = Map.of("ANSIBLE_ASYNC_DIR", work.resolve("async").toString());
        JplayRun launch = JplayRun.run(work, env, "localhost", "-B", "30", "-P", "0", "-a", "echo done");
        assertEquals(0, launch.exitCode(), launch.stderr());
        Matcher jid = Pattern.compile("\"ansible_job_id\": \"(j\\d+\\.\\d+)\"").matcher(launch.stdout());
        assertTrue(jid.find(), launch.stdout());
        Path jobFile = work.resolve("async").resolve(jid.group(1));
        Await.until("the job's final record", Duration.ofSeconds(10), () -> Files.readString(jobFile).contains("\"rc\""));

        JplayRun listed = JplayRun.run(work, env, "jobs", "localhost");
        assertEquals(0, listed.exitCode(), listed.stderr());
        assertTrue(listed.stdout().matches("(?s)HOST +JID +STATE +AGE +ALIVE +RC\n"
                + "localhost +" + Pattern.quote(jid.group(1)) + " +finished +\\d+s +- +0\n"), listed.stdout());

        JplayRun cleaned = JplayRun.run(work, env, "jobs", "localhost", "--cleanup");
        assertEquals(0, cleaned.exitCode(), cleaned.stderr());
        assertTrue(cleaned.stdout().contains(jid.group(1) + " ") && cleaned.stdout().contains("removed"),
                cleaned.stdout());
        assertFalse(Files.exists(jobFile));
    }
}
