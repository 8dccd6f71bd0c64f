package io.jplay.cli;

import io.jplay.async.ActiveJobs;
import io.jplay.output.RunListener;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live status of async polling on a terminal ({@code async: 17/20 hosts done, 3 running,
 * longest 12 s}), redrawn twice a second from the run's {@link ActiveJobs} while any job is being
 * polled, and erased otherwise. It listens to the run only to start counting afresh at each task.
 */
final class AsyncProgressLine implements RunListener, AutoCloseable {
    private static final long REFRESH_MILLIS = 500;
    private final ActiveJobs jobs;
    private final StatusLine line;
    private final ScheduledExecutorService ticker;

    AsyncProgressLine(ActiveJobs jobs, StatusLine line) {
        this.jobs = jobs;
        this.line = line;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jplay-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The status text for a moment of polling; empty when nothing is being polled. */
    static String text(ActiveJobs.Progress progress) {
        if (progress.running() == 0) {
            return "";
        }
        int total = progress.done() + progress.running();
        return "async: " + progress.done() + "/" + total + (total == 1 ? " host" : " hosts") + " done, "
                + progress.running() + " running, longest " + progress.longestSeconds() + " s";
    }

    void refresh() {
        line.show(text(jobs.progress()));
    }

    @Override
    public void taskStart(TaskStart task) {
        jobs.mark();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        line.close();
    }
}
