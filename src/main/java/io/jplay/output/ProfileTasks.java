package io.jplay.output;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code ansible.posix.profile_tasks} callback: a timestamp line at every task start and, after the
 * recap, the tasks' durations (slowest first by default, at most 20). Add it next to the stdout callback
 * with {@link CompositeListener}, after it, as Ansible runs the stdout callback first.
 */
public final class ProfileTasks implements RunListener {
    /** {@code sort_order}. */
    public enum SortOrder { DESCENDING, ASCENDING, NONE }

    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("EEEE dd MMMM yyyy  HH:mm:ss xx",
            Locale.ENGLISH);

    private final Display display;
    private final Clock clock;
    private final SortOrder sortOrder;
    private final Integer outputLimit;
    private final boolean showPaths;
    private final Instant start;
    private Instant last;
    private final Map<Object, Timing> timings = new LinkedHashMap<>();
    private Timing current;

    /** A task's accumulated time. */
    private static final class Timing {
        final String name;
        final String path;
        Instant started;
        Duration elapsed = Duration.ZERO;

        Timing(String name, String path, Instant started) {
            this.name = name;
            this.path = path;
            this.started = started;
        }
    }

    /**
     * @param outputLimit {@code output_limit}, or {@code null} for all tasks
     * @param clock the time source (its zone gives the printed local time); the profile starts now
     */
    public ProfileTasks(OutputSettings settings, Appendable out, Clock clock, SortOrder sortOrder, Integer outputLimit) {
        this.display = new ScreenDisplay(settings.withColor(false), out, out);
        this.clock = clock;
        this.sortOrder = sortOrder;
        this.outputLimit = outputLimit;
        this.showPaths = settings.verbosity() >= 2;
        this.start = clock.instant();
        this.last = start;
    }

    /** Ansible's defaults: slowest first, 20 tasks. */
    public ProfileTasks(OutputSettings settings, Appendable out, Clock clock) {
        this(settings, out, clock, SortOrder.DESCENDING, 20);
    }

    @Override
    public void taskStart(TaskStart task) {
        display.display(taskTime());
        stopCurrent();
        Instant now = clock.instant();
        Object key = task.path() == null ? task : task.path() + "\u0000" + task.name();
        current = timings.get(key);
        if (current == null) {
            current = new Timing(task.name(), task.path(), now);
            timings.put(key, current);
        } else {
            current.started = now;
        }
    }

    private void stopCurrent() {
        if (current != null) {
            current.elapsed = current.elapsed.plus(Duration.between(current.started, clock.instant()));
        }
    }

    private String taskTime() {
        Instant now = clock.instant();
        String line = ZonedDateTime.ofInstant(now, clock.getZone()).format(NOW) + " (" + clockText(Duration.between(last,
                now)) + ")" + " ".repeat(7) + clockText(Duration.between(start, now));
        last = now;
        return filled(line, '*');
    }

    /** {@code H:MM:SS.mmm}. */
    static String clockText(Duration d) {
        long millis = d.toMillis();
        return String.format("%d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }

    private static String filled(String msg, char fill) {
        String text = msg.isEmpty() ? "" : msg + " ";
        int width = Math.max(3, 79 - text.length());
        return text + String.valueOf(fill).repeat(width) + " ";
    }

    @Override
    public void stats(RunStats stats) {
        display.display(taskTime());
        display.display(filled("", '='));
        stopCurrent();
        current = null;
        List<Timing> results = new ArrayList<>(timings.values());
        if (sortOrder == SortOrder.DESCENDING) {
            results.sort(Comparator.comparing((Timing t) -> t.elapsed).reversed());
        } else if (sortOrder == SortOrder.ASCENDING) {
            results.sort(Comparator.comparing((Timing t) -> t.elapsed));
        }
        if (outputLimit != null && results.size() > outputLimit) {
            results = results.subList(0, Math.max(0, outputLimit));
        }
        int columns = display.columns();
        for (Timing t : results) {
            String seconds = String.format(Locale.ROOT, " %.2fs", t.elapsed.toNanos() / 1e9);
            StringBuilder msg = new StringBuilder(padRight(t.name + " ", columns - 9, '-'))
                    .append(padLeft(seconds, 9, '-'));
            if (showPaths && t.path != null) {
                msg.append('\n').append(padRight(t.path + " ", columns, '-'));
            }
            display.display(msg.toString());
        }
    }

    private static String padRight(String s, int width, char fill) {
        return s.length() >= width ? s : s + String.valueOf(fill).repeat(width - s.length());
    }

    private static String padLeft(String s, int width, char fill) {
        return s.length() >= width ? s : String.valueOf(fill).repeat(width - s.length()) + s;
    }
}
