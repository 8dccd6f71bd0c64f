package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.module.ModuleException;
import io.jplay.python.PyStrptime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code modification_time}/{@code access_time} of the file module: {@code now}, {@code preserve} or a
 * time in the given strftime format, applied with {@code touch -t} on the target (in its local time).
 */
final class FileTimes {
    private final String mtime;
    private final String atime;

    private FileTimes(String mtime, String atime) {
        this.mtime = mtime;
        this.atime = atime;
    }

    /** Ansible's {@code keep_backward_compatibility_on_timestamps}: unset means "now" for touch, else "preserve". */
    static FileTimes of(Map<String, Object> p, String state) throws ModuleException {
        String fallback = "touch".equals(state) ? "now" : "preserve";
        return new FileTimes(value((String) p.get("modification_time"), (String) p.get("modification_time_format"), fallback),
                value((String) p.get("access_time"), (String) p.get("access_time_format"), fallback));
    }

    private static String value(String time, String format, String fallback) throws ModuleException {
        if (time == null) {
            return fallback;
        }
        if (time.equals("now") || time.equals("preserve")) {
            return time;
        }
        try {
            LocalDateTime t = PyStrptime.parse(time, format);
            return String.format("%04d%02d%02d%02d%02d.%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                    t.getHour(), t.getMinute(), t.getSecond());
        } catch (IllegalArgumentException e) {
            throw new ModuleException("Error while obtaining timestamp for time " + time + " using format " + format
                    + ": " + e.getMessage());
        }
    }

    boolean untouched() {
        return mtime.equals("preserve") && atime.equals("preserve");
    }

    /** Commands that set the times and print {@code @@changed} when they moved. */
    void plan(String path, boolean noDereference, List<String> commands) {
        if (untouched()) {
            return;
        }
        String p = q(path);
        String h = noDereference ? "-h " : "";
        StringBuilder sh = new StringBuilder("jplay_t=$(stat -c '%x %y' -- " + p + ")");
        for (String[] which : new String[][] {{mtime, "-m"}, {atime, "-a"}}) {
            if (which[0].equals("now")) {
                sh.append(" && touch -c ").append(h).append(which[1]).append(" -- ").append(p);
            } else if (!which[0].equals("preserve")) {
                sh.append(" && touch -c ").append(h).append(which[1]).append(" -t ").append(which[0]).append(" -- ").append(p);
            }
        }
        sh.append(" && if [ \"$jplay_t\" != \"$(stat -c '%x %y' -- ").append(p).append(")\" ]; then echo @@changed; fi");
        commands.add(sh.toString());
    }
}
