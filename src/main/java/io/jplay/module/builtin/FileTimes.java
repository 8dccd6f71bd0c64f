package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.module.ModuleException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
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
            LocalDateTime t = LocalDateTime.parse(time, DateTimeFormatter.ofPattern(javaPattern(format), Locale.ENGLISH));
            return String.format("%04d%02d%02d%02d%02d.%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                    t.getHour(), t.getMinute(), t.getSecond());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ModuleException("Error while obtaining timestamp for time " + time + " using format " + format
                    + ": time data '" + time + "' does not match format '" + format + "'");
        }
    }

    private static String javaPattern(String strftime) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < strftime.length(); i++) {
            char c = strftime.charAt(i);
            if (c == '%' && i + 1 < strftime.length()) {
                char d = strftime.charAt(++i);
                sb.append(switch (d) {
                    case 'Y' -> "yyyy";
                    case 'y' -> "yy";
                    case 'm' -> "MM";
                    case 'd' -> "dd";
                    case 'H' -> "HH";
                    case 'I' -> "hh";
                    case 'M' -> "mm";
                    case 'S' -> "ss";
                    case 'b' -> "MMM";
                    case 'p' -> "a";
                    case '%' -> "'%'";
                    default -> throw new IllegalArgumentException("unsupported directive %" + d);
                });
            } else if (Character.isLetter(c)) {
                sb.append('\'').append(c).append('\'');
            } else {
                sb.append(c == '\'' ? "''" : String.valueOf(c));
            }
        }
        return sb.toString();
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
