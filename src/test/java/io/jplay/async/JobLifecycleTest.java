package io.jplay.async;

import io.jplay.clock.Sleeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.LocalConnection;
import io.jplay.module.RemoteScript.Form;
import io.jplay.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liveness, batching and the Ctrl-C list, with the real wrapper. */
@Tag("slow")
class JobLifecycleTest {
    @TempDir
    Path tmp;
    final LocalConnection connection = new LocalConnection(null);

    Map<String, Object> launch(AsyncTaskRunner runner, String cmd) throws Exception {
        return runner.run(new TestContext(connection, Map.of("cmd", cmd)), new ScriptModule(Form.COMMAND), 30, 0,
                tmp.toString(), AsyncListener.none());
    }

    String[] pids(Object jid) throws Exception {
        return Files.readString(tmp.resolve("." + jid + ".pid")).strip().split(" ");
    }

    @Test
    void jobKilledFromOutsideIsReportedAsVanishedInsteadOfWaitingOutTheBudget() throws Exception {
        AsyncTaskRunner runner = new AsyncTaskRunner(new SplittableRandom(), Sleeper.system());
        Map<String, Object> launched = launch(runner, "sleep 30");
        Path pidFile = tmp.resolve("." + launched.get("ansible_job_id") + ".pid");
        Await.until("the job's pid file", Duration.ofSeconds(10),
                () -> Files.exists(pidFile) && Files.readString(pidFile).strip().split(" ").length >= 2);
        String[] pids = pids(launched.get("ansible_job_id"));
        Host.run(Map.of(), "sh", "-c", "kill -KILL -" + pids[1] + " -" + pids[0]);
        List<Object> sleeps = new ArrayList<>();
        AsyncPoller poller = new AsyncPoller(d -> {
            sleeps.add(d);
            Thread.sleep(200);
        }, new JobProbe(new SplittableRandom()));
        Map<String, Object> r = poller.poll(connection, null, new AsyncPoller.Job("h",
                launched.get("ansible_job_id").toString(), launched.get("results_file").toString(), 600, 1),
                AsyncListener.none());
        assertEquals(true, r.get("failed"), r.toString());
        assertTrue(r.get("msg").toString().contains("no longer running"), r.toString());
        assertTrue(sleeps.size() <= 25, sleeps.size() + " checks");
    }

    @Test
    void severalJobsOfOneHostAreReadWithOneExec() throws Exception {
        AsyncTaskRunner runner = new AsyncTaskRunner(new SplittableRandom(), Sleeper.system());
        Map<String, Object> a = launch(runner, "sleep 30");
        Map<String, Object> b = launch(runner, "echo b");
        Host.awaitFinal(Path.of(b.get("results_file").toString()), 5000);
        List<JobProbe.Snapshot> snaps = new JobProbe(new SplittableRandom()).read(connection, null,
                List.of(a.get("results_file").toString(), b.get("results_file").toString(), tmp + "/j0.0"));
        assertEquals(JobProbe.Liveness.ALIVE, snaps.get(0).liveness());
        assertTrue(snaps.get(0).text().startsWith("{\"started\": 1"), snaps.get(0).text());
        assertTrue(snaps.get(1).text().contains("\"stdout\": \"b\""), snaps.get(1).text());
        assertNull(snaps.get(2).text());
        String[] pids = pids(a.get("ansible_job_id"));
        Host.run(Map.of(), "sh", "-c", "kill -KILL -" + pids[1] + " -" + pids[0]);
    }

    @Test
    void jobsBeingPolledAreListedWithTheCommandToCheckThemLater() throws Exception {
        List<List<ActiveJobs.ActiveJob>> seen = new ArrayList<>();
        AsyncTaskRunner[] holder = new AsyncTaskRunner[1];
        holder[0] = new AsyncTaskRunner(new SplittableRandom(), d -> {
            seen.add(holder[0].activeJobs().snapshot());
            Thread.sleep(d.toMillis());
        });
        Map<String, Object> r = holder[0].run(new TestContext(connection, Map.of("cmd", "true")),
                new ScriptModule(Form.COMMAND), 5, 1, tmp.toString(), AsyncListener.none());
        assertEquals(1, seen.get(0).size());
        ActiveJobs.ActiveJob job = seen.get(0).get(0);
        assertEquals(r.get("ansible_job_id"), job.jid());
        assertEquals("testhost", job.host());
        assertEquals("jplay testhost -m async_status -a jid=" + job.jid() + " -e ansible_async_dir=" + tmp,
                job.statusCommand());
        assertEquals(List.of(), holder[0].activeJobs().snapshot());
    }
}
