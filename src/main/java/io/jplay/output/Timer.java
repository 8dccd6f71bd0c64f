package io.jplay.output;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The {@code ansible.posix.timer} callback: after the recap, how long the whole run took. */
public final class Timer implements RunListener {
    private final Display display;
    private final Clock clock;
    private final Instant start;

    /** The run is timed from now on. */
    public Timer(OutputSettings settings, Appendable out, Clock clock) {
        this.display = new ScreenDisplay(settings.withColor(false), out, out);
        this.clock = clock;
        this.start = clock.instant();
    }

    @Override
    public void stats(RunStats stats) {
        long seconds = Duration.between(start, clock.instant()).getSeconds();
        long days = seconds / 86_400;
        long rest = seconds % 86_400;
        display.display("Playbook run took " + days + " days, " + rest / 3600 + " hours, " + rest / 60 % 60
                + " minutes, " + rest % 60 + " seconds");
    }
}
