package io.jplay.template;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python's {@code datetime.date}: what a YAML timestamp without a time reads as ({@code from_yaml}). */
record PyDate(LocalDate d) implements PyObject, io.jplay.json.JsonEncoded {

    /** As Ansible's JSON encoder writes a date: {@code isoformat()}. */
    @Override
    public Object jsonValue() {
        return toString();
    }
    private static final Pattern TIMESTAMP = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
            + "(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?"
            + "(?:[ \\t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?");

    /**
     * PyYAML's {@code construct_yaml_timestamp}: a {@code date}, or a {@code datetime} (fraction cut to
     * microseconds; an offset or {@code Z} makes it aware).
     *
     * @throws IllegalArgumentException with Python's {@code ValueError} message for a date or time that does not exist
     */
    static Object fromYaml(String text) {
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            return text;
        }
        int year = Integer.parseInt(m.group(1));
        int month = inRange("month", m.group(2), 1, 12);
        int dayOfMonth = Integer.parseInt(m.group(3));
        if (dayOfMonth < 1 || dayOfMonth > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("day is out of range for month");
        }
        LocalDate day = LocalDate.of(year, month, dayOfMonth);
        if (m.group(4) == null) {
            return new PyDate(day);
        }
        String fraction = m.group(7) == null ? "" : m.group(7);
        fraction = fraction.length() > 6 ? fraction.substring(0, 6) : fraction + "0".repeat(6 - fraction.length());
        LocalDateTime t = day.atTime(inRange("hour", m.group(4), 0, 23), inRange("minute", m.group(5), 0, 59),
                inRange("second", m.group(6), 0, 59), Integer.parseInt(fraction) * 1000);
        ZoneOffset offset = null;
        if (m.group(8) != null) {
            int seconds = m.group(8).equals("Z") ? 0 : (Integer.parseInt(m.group(10)) * 3600
                    + (m.group(11) == null ? 0 : Integer.parseInt(m.group(11)) * 60)) * (m.group(9).equals("-") ? -1 : 1);
            offset = ZoneOffset.ofTotalSeconds(seconds);
        }
        return new PyDateTime(t, offset);
    }

    private static int inRange(String field, String digits, int low, int high) {
        int n = Integer.parseInt(digits);
        if (n < low || n > high) {
            throw new IllegalArgumentException(field + " must be in " + low + ".." + high);
        }
        return n;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "year" -> (long) d.getYear();
            case "month" -> (long) d.getMonthValue();
            case "day" -> (long) d.getDayOfMonth();
            case "isoformat" -> (PyCallable) (a, k) -> toString();
            default -> null;
        };
    }

    /** Python's {@code repr}. */
    String repr() {
        return "datetime.date(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
    }

    @Override
    public String toString() {
        return d.toString();
    }
}
