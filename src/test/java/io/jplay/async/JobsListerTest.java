package io.jplay.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.LocalConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsListerTest {
    @TempDir
    Path tmp;
    final LocalConnection connection = new LocalConnection(null);
    final JobsLister lister = new JobsLister();

    void job(String jid, String text, Duration age) throws Exception {
        Path p = tmp.resolve(jid);
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
    }

    @Test
    void listsEveryJobWithStateAgeLivenessAndRc() throws Exception {
        job("j1.1", "{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"j1.1\"}", Duration.ZERO);
        Files.writeString(tmp.resolve(".j1.1.pid"), "999999 999998\n");
        job("j2.2", "{\"changed\": true, \"rc\": 0}", Duration.ofHours(2));
        job("j3.3", "{\"changed\": true, \"rc\": 2, \"failed\": true}", Duration.ZERO);
        job("j4.4", "{\"msg\": \"Timeout exceeded\", \"failed\": true, \"child_pid\": 5}", Duration.ZERO);
        List<JobsLister.JobInfo> jobs = lister.list(connection, null, tmp.toString());
        assertEquals(List.of("j1.1", "j2.2", "j3.3", "j4.4"), jobs.stream().map(JobsLister.JobInfo::jid).toList());
        assertEquals(JobsLister.State.RUNNING, jobs.get(0).state());
        assertEquals(JobProbe.Liveness.DEAD, jobs.get(0).liveness());
        assertEquals(JobsLister.State.FINISHED, jobs.get(1).state());
        assertEquals(JobProbe.Liveness.UNKNOWN, jobs.get(1).liveness());
        assertTrue(jobs.get(1).ageSeconds() >= 7190, jobs.get(1).toString());
        assertEquals(0L, jobs.get(1).rc());
        assertEquals(JobsLister.State.FAILED, jobs.get(2).state());
        assertEquals(2L, jobs.get(2).rc());
        assertEquals(JobsLister.State.TIMEOUT, jobs.get(3).state());
    }

    @Test
    void removesOnlyFinishedJobsOlderThanTheLimit() throws Exception {
        job("j1.1", "{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"j1.1\"}", Duration.ofHours(5));
        job("j2.2", "{\"changed\": true, \"rc\": 0}", Duration.ofHours(2));
        Files.writeString(tmp.resolve(".j2.2.pid"), "1 2\n");
        job("j3.3", "{\"changed\": true, \"rc\": 0}", Duration.ofMinutes(5));
        List<String> removed = lister.removeFinished(connection, null, tmp.toString(), Duration.ofHours(1));
        assertEquals(List.of("j2.2"), removed);
        assertFalse(Files.exists(tmp.resolve("j2.2")));
        assertFalse(Files.exists(tmp.resolve(".j2.2.pid")));
        assertTrue(Files.exists(tmp.resolve("j1.1")));
        assertTrue(Files.exists(tmp.resolve("j3.3")));
    }

    @Test
    void emptyOrMissingDirListsNothing() throws Exception {
        assertEquals(List.of(), lister.list(connection, null, tmp.resolve("none").toString()));
    }
}
