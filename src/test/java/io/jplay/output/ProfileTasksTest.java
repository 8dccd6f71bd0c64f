package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formats follow an ansible-playbook 2.14 run with ansible.posix.profile_tasks and timer enabled. */
class ProfileTasksTest {
    private static final RunStats STATS = new RunStats(Map.of(), Map.of());

    private static RunListener.TaskStart task(String name, String path) {
        return new RunListener.TaskStart(name, "command", false, path, Map.of(), false);
    }

    @Test
    void printsATimestampPerTaskAndTheSlowestTasksAtTheEnd() {
        JsonCallbackTest.MutableClock clock = new JsonCallbackTest.MutableClock(Instant.parse("2026-11-30T00:56:51Z"));
        StringBuilder out = new StringBuilder();
        ProfileTasks profile = new ProfileTasks(OutputSettings.defaults(), out, clock);
        clock.advance(Duration.ofMillis(11));
        profile.taskStart(task("change it", "site.yml:5"));
        clock.advance(Duration.ofMillis(260));
        profile.taskStart(task("dbg", "site.yml:8"));
        clock.advance(Duration.ofMillis(351));
        profile.stats(STATS);
        assertEquals("Monday 30 November 2026  00:56:51 +0000 (0:00:00.011)       0:00:00.011 ******* \n"
                + "Monday 30 November 2026  00:56:51 +0000 (0:00:00.260)       0:00:00.271 ******* \n"
                + "Monday 30 November 2026  00:56:51 +0000 (0:00:00.351)       0:00:00.622 ******* \n"
                + "=".repeat(79) + " \n"
                + "dbg --------------------------------------------------------------------- 0.35s\n"
                + "change it --------------------------------------------------------------- 0.26s\n", out.toString());
    }

    @Test
    void addsTaskPathsAtDoubleVerboseAndHonoursSortAndLimit() {
        JsonCallbackTest.MutableClock clock = new JsonCallbackTest.MutableClock(Instant.parse("2026-11-30T00:00:00Z"));
        StringBuilder out = new StringBuilder();
        ProfileTasks profile = new ProfileTasks(OutputSettings.defaults().withVerbosity(2), out, clock,
                ProfileTasks.SortOrder.ASCENDING, 1);
        profile.taskStart(task("slow", "site.yml:5"));
        clock.advance(Duration.ofSeconds(3));
        profile.taskStart(task("fast", "site.yml:9"));
        clock.advance(Duration.ofMillis(20));
        profile.stats(STATS);
        String tail = out.substring(out.indexOf("= \n") + 3);
        assertEquals("fast -------------------------------------------------------------------- 0.02s\n"
                + "site.yml:9 " + "-".repeat(68) + "\n", tail);
    }

    @Test
    void timerReportsDaysHoursMinutesAndSeconds() {
        JsonCallbackTest.MutableClock clock = new JsonCallbackTest.MutableClock(Instant.parse("2026-11-30T00:00:00Z"));
        StringBuilder out = new StringBuilder();
        Timer timer = new Timer(OutputSettings.defaults(), out, clock);
        clock.advance(Duration.ofSeconds(86_400 + 2 * 3600 + 3 * 60 + 4).plusMillis(900));
        timer.stats(STATS);
        assertEquals("Playbook run took 1 days, 2 hours, 3 minutes, 4 seconds\n", out.toString());
    }
}
