package io.jplay.async;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ActiveJobsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final ActiveJobs jobs = new ActiveJobs(now::get);

    private static ActiveJobs.ActiveJob job(String host, String jid) {
        return new ActiveJobs.ActiveJob(host, jid, "/r/" + jid, "~/.ansible_async");
    }

    private void seconds(long s) {
        now.addAndGet(s * 1_000_000_000L);
    }

    @Test
    void countsHostsDoneAndRunningAndTheOldestJobsAge() {
        assertEquals(new ActiveJobs.Progress(0, 0, 0), jobs.progress());
        ActiveJobs.ActiveJob a = job("h1", "j1.1");
        jobs.add(a);
        seconds(2);
        jobs.add(job("h2", "j2.1"));
        jobs.add(job("h3", "j3.1"));
        seconds(10);
        assertEquals(new ActiveJobs.Progress(0, 3, 12), jobs.progress());
        jobs.remove(a);
        assertEquals(new ActiveJobs.Progress(1, 2, 10), jobs.progress());
    }

    @Test
    void aHostPollingItsNextLoopItemCountsAsRunningAndMarkStartsAfresh() {
        ActiveJobs.ActiveJob first = job("h1", "j1.1");
        jobs.add(first);
        jobs.remove(first);
        jobs.add(job("h1", "j1.2"));
        assertEquals(new ActiveJobs.Progress(0, 1, 0), jobs.progress());
        jobs.mark();
        jobs.add(job("h2", "j2.1"));
        jobs.remove(job("h2", "j2.1"));
        assertEquals(new ActiveJobs.Progress(1, 1, 0), jobs.progress());
    }
}
