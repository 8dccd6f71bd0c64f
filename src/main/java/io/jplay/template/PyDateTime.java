package io.jplay.template;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Python's {@code datetime.datetime} for {@code to_datetime} and YAML timestamps, with subtraction to a timedelta.
 *
 * @param offset the fixed UTC offset of an aware datetime, or null for a naive one
 */
record PyDateTime(LocalDateTime t, ZoneOffset offset) implements PyObject, io.jplay.json.JsonEncoded {

    /** As Ansible's JSON encoder writes a datetime: {@code isoformat()}. */
    @Override
    public Object jsonValue() {
        return toString().replaceFirst(" ", "T");
    }

    PyDateTime(LocalDateTime t) {
        this(t, null);
    }

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
        text = micros == 0 ? text : text + String.format(".%06d", micros);
        return offset == null ? text : text + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }

    /** Python's {@code repr}: trailing zero seconds and microseconds left out, the offset as a {@code timezone}. */
    String repr() {
        StringBuilder sb = new StringBuilder("datetime.datetime(").append(t.getYear()).append(", ")
                .append(t.getMonthValue()).append(", ").append(t.getDayOfMonth()).append(", ").append(t.getHour())
                .append(", ").append(t.getMinute());
        int micros = t.getNano() / 1000;
        if (t.getSecond() != 0 || micros != 0) {
            sb.append(", ").append(t.getSecond());
        }
        if (micros != 0) {
            sb.append(", ").append(micros);
        }
        if (offset != null) {
            sb.append(", tzinfo=").append(offset.getTotalSeconds() == 0 ? "datetime.timezone.utc"
                    : "datetime.timezone(" + timedeltaRepr(offset.getTotalSeconds()) + ")");
        }
        return sb.append(')').toString();
    }

    private static String timedeltaRepr(int seconds) {
        long days = Math.floorDiv(seconds, 86400);
        long rest = seconds - days * 86400;
        StringBuilder sb = new StringBuilder("datetime.timedelta(");
        if (days != 0) {
            sb.append("days=").append(days);
        }
        if (rest != 0) {
            sb.append(days != 0 ? ", " : "").append("seconds=").append(rest);
        }
        return sb.append(')').toString();
    }

    static PyDateTime parse(String text, String format) throws TemplateException {
        try {
            return new PyDateTime(io.jplay.python.PyStrptime.parse(text, format));
        } catch (IllegalArgumentException e) {
            throw TemplateException.valueError(e.getMessage());
        }
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
