package io.jplay.python;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code datetime.strptime(text, format)} for the directives of the C locale that carry a date or
 * time ({@code %Y %y %m %d %H %I %M %S %f %p %b %B %j %%}): each directive is the regular expression of
 * Python's {@code _strptime} (so {@code %S} takes one digit as well as two), blanks match any run of
 * whitespace, case is ignored, and the whole text must be used.
 */
public final class PyStrptime {
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private PyStrptime() {
    }

    /**
     * The date and time {@code text} holds in {@code format}, as a naive datetime (1900-01-01 00:00 for what it lacks).
     *
     * @throws IllegalArgumentException with Python's {@code ValueError} message
     */
    public static LocalDateTime parse(String text, String format) {
        StringBuilder regex = new StringBuilder();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                char d = format.charAt(++i);
                if (d == '%') {
                    regex.append('%');
                    continue;
                }
                String r = directive(d);
                if (r == null) {
                    throw new IllegalArgumentException("'" + d + "' is a bad directive in format '" + format + "'");
                }
                regex.append('(').append(r).append(')');
                order.append(d);
            } else if (Character.isWhitespace(c)) {
                while (i + 1 < format.length() && Character.isWhitespace(format.charAt(i + 1))) {
                    i++;
                }
                regex.append("\\s+");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("time data " + PyRepr.repr(text) + " does not match format "
                    + PyRepr.repr(format));
        }
        if (m.end() != text.length()) {
            throw new IllegalArgumentException("unconverted data remains: " + text.substring(m.end()));
        }
        return build(m, order.toString());
    }

    private static String directive(char d) {
        return switch (d) {
            case 'd' -> "3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9]";
            case 'f' -> "[0-9]{1,6}";
            case 'H' -> "2[0-3]|[0-1]\\d|\\d";
            case 'I' -> "1[0-2]|0[1-9]|[1-9]";
            case 'j' -> "36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]";
            case 'm' -> "1[0-2]|0[1-9]|[1-9]";
            case 'M' -> "[0-5]\\d|\\d";
            case 'S' -> "6[0-1]|[0-5]\\d|\\d";
            case 'y' -> "\\d\\d";
            case 'Y' -> "\\d\\d\\d\\d";
            case 'p' -> "am|pm";
            case 'b' -> "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
            case 'B' -> String.join("|", MONTHS);
            default -> null;
        };
    }

    private static LocalDateTime build(Matcher m, String order) {
        int year = 1900;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int micros = 0;
        int julian = -1;
        Integer hour12 = null;
        boolean pm = false;
        for (int g = 0; g < order.length(); g++) {
            String v = m.group(g + 1).strip();
            switch (order.charAt(g)) {
                case 'Y' -> year = Integer.parseInt(v);
                case 'y' -> {
                    int y = Integer.parseInt(v);
                    year = y <= 68 ? 2000 + y : 1900 + y;
                }
                case 'm' -> month = Integer.parseInt(v);
                case 'd' -> day = Integer.parseInt(v);
                case 'H' -> hour = Integer.parseInt(v);
                case 'I' -> hour12 = Integer.parseInt(v);
                case 'M' -> minute = Integer.parseInt(v);
                case 'S' -> second = Integer.parseInt(v);
                case 'f' -> micros = Integer.parseInt((v + "00000").substring(0, 6));
                case 'j' -> julian = Integer.parseInt(v);
                case 'p' -> pm = v.toLowerCase(Locale.ROOT).equals("pm");
                case 'b', 'B' -> month = monthOf(v);
                default -> throw new IllegalStateException("directive without a value: " + order.charAt(g));
            }
        }
        if (hour12 != null) {
            hour = hour12 % 12 + (pm ? 12 : 0);
        }
        if (second > 59) {
            throw new IllegalArgumentException("second must be in 0..59");
        }
        try {
            LocalDate date = julian > 0 && order.indexOf('m') < 0 && order.indexOf('d') < 0
                    ? LocalDate.ofYearDay(year, julian) : LocalDate.of(year, month, day);
            return date.atTime(hour, minute, second, micros * 1000);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("day is out of range for month");
        }
    }

    private static int monthOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(lower)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unknown month " + name);
    }
}
