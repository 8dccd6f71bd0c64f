package io.jplay.template;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Python's {@code datetime.datetime} for {@code to_datetime}, with subtraction to a timedelta. */
record PyDateTime(LocalDateTime t) implements PyObject {

    /** Python's {@code datetime.timedelta}. */
    record Delta(Duration d) implements PyObject {
        @Override
        public Object attr(String name) {
            long days = Math.floorDiv(d.getSeconds(), 86400);
            return switch (name) {
                case "days" -> days;
                case "seconds" -> d.getSeconds() - days * 86400;
                case "microseconds" -> (long) (d.getNano() / 1000);
                case "total_seconds" -> (PyCallable) (a, k) -> d.getSeconds() + d.getNano() / 1e9;
                default -> null;
            };
        }

        @Override
        public String toString() {
            long total = d.getSeconds();
            long days = Math.floorDiv(total, 86400);
            long rest = total - days * 86400;
            String hms = String.format("%d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60);
            return days == 0 ? hms : days + (Math.abs(days) == 1 ? " day, " : " days, ") + hms;
        }
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "year" -> (long) t.getYear();
            case "month" -> (long) t.getMonthValue();
            case "day" -> (long) t.getDayOfMonth();
            case "hour" -> (long) t.getHour();
            case "minute" -> (long) t.getMinute();
            case "second" -> (long) t.getSecond();
            case "strftime" -> (PyCallable) (a, k) -> strftime(PythonRepr.str(a.get(0)), t.atZone(java.time.ZoneId.systemDefault()));
            default -> null;
        };
    }

    @Override
    public String toString() {
        String text = t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        int micros = t.getNano() / 1000;
        return micros == 0 ? text : text + String.format(".%06d", micros);
    }

    static PyDateTime parse(String text, String format) throws TemplateException {
        try {
            TemporalAccessor ta = DateTimeFormatter.ofPattern(javaPattern(format), Locale.ROOT).parse(text);
            return new PyDateTime(LocalDateTime.of(
                    ta.isSupported(java.time.temporal.ChronoField.YEAR) ? ta.get(java.time.temporal.ChronoField.YEAR) : 1900,
                    ta.isSupported(java.time.temporal.ChronoField.MONTH_OF_YEAR) ? ta.get(java.time.temporal.ChronoField.MONTH_OF_YEAR) : 1,
                    ta.isSupported(java.time.temporal.ChronoField.DAY_OF_MONTH) ? ta.get(java.time.temporal.ChronoField.DAY_OF_MONTH) : 1,
                    ta.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY) ? ta.get(java.time.temporal.ChronoField.HOUR_OF_DAY) : 0,
                    ta.isSupported(java.time.temporal.ChronoField.MINUTE_OF_HOUR) ? ta.get(java.time.temporal.ChronoField.MINUTE_OF_HOUR) : 0,
                    ta.isSupported(java.time.temporal.ChronoField.SECOND_OF_MINUTE) ? ta.get(java.time.temporal.ChronoField.SECOND_OF_MINUTE) : 0));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new TemplateException("time data " + PythonRepr.repr(text) + " does not match format "
                    + PythonRepr.repr(format));
        }
    }

    private static String javaPattern(String py) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < py.length(); i++) {
            char c = py.charAt(i);
            if (c == '%' && i + 1 < py.length()) {
                char d = py.charAt(++i);
                sb.append(switch (d) {
                    case 'Y' -> "yyyy";
                    case 'm' -> "MM";
                    case 'd' -> "dd";
                    case 'H' -> "HH";
                    case 'M' -> "mm";
                    case 'S' -> "ss";
                    case 'y' -> "yy";
                    case 'b' -> "MMM";
                    case 'B' -> "MMMM";
                    case 'f' -> "SSSSSS";
                    case 'p' -> "a";
                    case 'I' -> "hh";
                    case 'j' -> "DDD";
                    case '%' -> "'%'";
                    default -> String.valueOf(d);
                });
            } else if (Character.isLetter(c)) {
                sb.append('\'').append(c).append('\'');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String strftime(String fmt, ZonedDateTime t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            sb.append(switch (d) {
                case 'Y' -> String.format("%04d", t.getYear());
                case 'm' -> String.format("%02d", t.getMonthValue());
                case 'd' -> String.format("%02d", t.getDayOfMonth());
                case 'e' -> String.format("%2d", t.getDayOfMonth());
                case 'H' -> String.format("%02d", t.getHour());
                case 'I' -> String.format("%02d", (t.getHour() + 11) % 12 + 1);
                case 'M' -> String.format("%02d", t.getMinute());
                case 'S' -> String.format("%02d", t.getSecond());
                case 'y' -> String.format("%02d", t.getYear() % 100);
                case 'j' -> String.format("%03d", t.getDayOfYear());
                case 'b' -> t.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
                case 'B' -> t.format(DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH));
                case 'a' -> t.format(DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH));
                case 'A' -> t.format(DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH));
                case 'p' -> t.getHour() < 12 ? "AM" : "PM";
                case 'Z' -> t.format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH));
                case 'z' -> t.format(DateTimeFormatter.ofPattern("xx"));
                case 's' -> Long.toString(t.toEpochSecond());
                case 'f' -> String.format("%06d", t.getNano() / 1000);
                case 'F' -> t.format(DateTimeFormatter.ISO_LOCAL_DATE);
                case 'T' -> t.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
                case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
                case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
                case '%' -> "%";
                default -> "%" + d;
            });
        }
        return sb.toString();
    }
}
