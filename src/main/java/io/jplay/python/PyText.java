package io.jplay.python;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Python text conventions that show up in module results: {@code splitlines}, datetime and timedelta strings. */
public final class PyText {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private PyText() {
    }

    /**
     * Python's {@code str.isspace()} for one character, which is also what {@code \\s} matches in a
     * {@code str} regex (Jinja2's lexer): Java's {@code isWhitespace} plus the no-break spaces
     * (U+00A0, U+2007, U+202F) and NEL (U+0085).
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Python's {@code str.splitlines()}: breaks on every Unicode line boundary, drops the breaks. */
    public static List<String> splitlines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                lines.add(s.substring(start, i));
                i += (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Python's {@code str(datetime)} with microseconds: {@code 2026-11-30 00:36:39.123456}. */
    public static String datetime(LocalDateTime time) {
        return DATETIME.format(time);
    }

    /** Python's {@code str(timedelta)}: {@code 0:00:00.003456}, {@code 0:00:01}, {@code 1 day, 2:03:04}. */
    public static String timedelta(Duration d) {
        long micros = Math.floorDiv(d.toNanos(), 1000);
        long days = Math.floorDiv(micros, 86_400_000_000L);
        long rest = micros - days * 86_400_000_000L;
        long seconds = rest / 1_000_000;
        long fraction = rest % 1_000_000;
        String clock = String.format("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
        if (fraction != 0) {
            clock += String.format(".%06d", fraction);
        }
        if (days != 0) {
            clock = days + (Math.abs(days) == 1 ? " day, " : " days, ") + clock;
        }
        return clock;
    }

    /** Python's {@code s.rstrip("\r\n")}. */
    public static String rstripNewlines(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }
}
