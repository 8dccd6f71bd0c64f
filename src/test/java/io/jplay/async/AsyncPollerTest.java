package io.jplay.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.async.FakeJobConnection.State;
import io.jplay.connection.ConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AsyncPollerTest {
    static final String JID = "j123456.42";
    static final String FILE = "/home/u/.ansible_async/" + JID;
    static final String RUNNING = "{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"" + JID + "\"}";
    static final String DONE = "{\"changed\": true, \"stdout\": \"a\\nb\", \"stderr\": \"\", \"rc\": 0, \"msg\": \"\"}";

    final List<Duration> sleeps = new ArrayList<>();
    final RecordingListener listener = new RecordingListener();
    final AsyncPoller poller = new AsyncPoller(sleeps::add, new JobProbe(new SplittableRandom(7)));

    Map<String, Object> poll(FakeJobConnection connection, int async, int poll) throws Exception {
        return poller.poll(connection, null, new AsyncPoller.Job("h", JID, FILE, async, poll), listener);
    }

    @Test
    void sleepsBeforeTheFirstCheckAndReturnsTheFinishedRecord() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(RUNNING)).then(State.file(RUNNING))
                .then(State.file(DONE));
        Map<String, Object> result = poll(c, 10, 2);
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeps);
        assertEquals(3, c.checks);
        assertEquals(List.of("POLL " + JID + " started=1 finished=0", "POLL " + JID + " started=1 finished=0",
                "OK " + JID), listener.lines);
        assertEquals(1L, result.get("finished"));
        assertEquals(1L, result.get("started"));
        assertEquals(JID, result.get("ansible_job_id"));
        assertEquals(FILE, result.get("results_file"));
        assertEquals(List.of("a", "b"), result.get("stdout_lines"));
        assertEquals(true, result.get("changed"));
        assertTrue(c.cleanedUp());
    }

    @Test
    void jobFinishedAtFirstCheckSendsNoPollEvent() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(DONE));
        poll(c, 1, 1);
        assertEquals(List.of("OK " + JID), listener.lines);
    }

    @Test
    void budgetIsCeilOfAsyncOverPollChecksThenTimesOutAndKeepsTheFile() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(RUNNING));
        Map<String, Object> result = poll(c, 5, 2);
        assertEquals(3, c.checks);
        assertEquals(3, listener.count("POLL"));
        assertEquals("FAILED " + JID, listener.lines.get(3));
        assertEquals(true, result.get("failed"));
        assertEquals("async task did not complete within the requested time - 5s", result.get("msg"));
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) result.get("async_result");
        assertEquals(0L, last.get("finished"));
        assertEquals(JID, last.get("ansible_job_id"));
        assertFalse(result.containsKey("ansible_job_id"));
        assertFalse(c.cleanedUp());
    }

    @Test
    void pollLargerThanAsyncChecksOnce() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(RUNNING));
        poll(c, 3, 10);
        assertEquals(1, c.checks);
        assertEquals(List.of(Duration.ofSeconds(10)), sleeps);
    }

    @Test
    void failedRecordEndsPollingAsFailedAndIsCleanedUp() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(RUNNING))
                .then(State.file("{\"msg\": \"boom\", \"failed\": true, \"rc\": 3}"));
        Map<String, Object> result = poll(c, 30, 1);
        assertEquals("boom", result.get("msg"));
        assertEquals(1L, result.get("finished"));
        assertEquals(List.of("POLL " + JID + " started=1 finished=0", "FAILED " + JID), listener.lines);
        assertTrue(c.cleanedUp());
    }

    @Test
    void watchdogTimeoutRecordIsReportedAsTheRequestedTimeRunningOutLikeAnsible() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(RUNNING))
                .then(State.file("{\"msg\": \"Timeout exceeded\", \"failed\": true, \"child_pid\": 99}"));
        Map<String, Object> result = poll(c, 2, 1);
        assertEquals("async task did not complete within the requested time - 2s", result.get("msg"));
        assertEquals(true, result.get("failed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) result.get("async_result");
        assertEquals(0L, last.get("finished"));
        assertEquals(List.of("POLL " + JID + " started=1 finished=0", "FAILED " + JID), listener.lines);
        assertFalse(c.cleanedUp());
    }

    @Test
    void failedKeyEndsPollingEvenWhenZero() throws Exception {
        FakeJobConnection c = new FakeJobConnection()
                .then(State.file("{\"started\": 1, \"finished\": 0, \"failed\": 0}"));
        Map<String, Object> result = poll(c, 30, 1);
        assertEquals(1, c.checks);
        assertEquals(List.of("OK " + JID), listener.lines);
        assertEquals(0L, result.get("finished"));
    }

    @Test
    void skippedRecordEndsPollingWithOk() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(
                "{\"changed\": false, \"skipped\": true, \"msg\": \"Command would have run if not in check mode\"}"));
        Map<String, Object> result = poll(c, 5, 1);
        assertEquals(true, result.get("skipped"));
        assertEquals(1L, result.get("finished"));
        assertEquals(List.of("OK " + JID), listener.lines);
    }

    @Test
    void missingJobFileFailsWithCouldNotFindJob() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.missing());
        Map<String, Object> result = poll(c, 5, 1);
        assertEquals("could not find job", result.get("msg"));
        assertEquals(true, result.get("failed"));
        assertEquals(1L, result.get("finished"));
        assertEquals(List.of("FAILED " + JID), listener.lines);
    }

    @Test
    void partialJobFileCountsAsRunning() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file("{\"started\": 1, \"fini")).then(State.file(""))
                .then(State.file(DONE));
        Map<String, Object> result = poll(c, 5, 1);
        assertEquals(2, listener.count("POLL"));
        assertEquals(0L, result.get("rc"));
    }

    @Test
    void connectionErrorsResetAndRetryWithoutPollEvents() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.broken()).then(State.file(RUNNING))
                .then(State.broken()).then(State.file(DONE));
        Map<String, Object> result = poll(c, 10, 1);
        assertEquals(2, c.resets);
        assertEquals(4, c.checks);
        assertEquals(List.of("POLL " + JID + " started=1 finished=0", "OK " + JID), listener.lines);
        assertEquals(1L, result.get("finished"));
    }

    @Test
    void connectionErrorOnTheLastAllowedCheckIsRaised() {
        FakeJobConnection c = new FakeJobConnection().then(State.file(RUNNING)).then(State.broken());
        assertThrows(ConnectionException.class, () -> poll(c, 2, 1));
        assertEquals(2, c.checks);
        assertEquals(1, c.resets);
    }

    @Test
    void vanishedJobFailsAtOnceWithAClearMessage() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(RUNNING)).then(State.dead(RUNNING));
        Map<String, Object> result = poll(c, 60, 1);
        assertEquals(2, c.checks);
        assertEquals(true, result.get("failed"));
        assertTrue(result.get("msg").toString().contains("no longer running"), result.toString());
        assertEquals(List.of("POLL " + JID + " started=1 finished=0", "FAILED " + JID), listener.lines);
    }

    @Test
    void everyCheckReadsTheAbsoluteResultsFile() throws Exception {
        FakeJobConnection c = new FakeJobConnection().then(State.file(DONE));
        poll(c, 5, 1);
        assertTrue(c.commands.get(0).contains(FILE), c.commands.get(0));
    }
}
