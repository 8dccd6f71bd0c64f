package io.jplay.module.builtin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code ansible_date_time} dictionary from the target's {@code date '+%s %N %Z %z'}. */
final class DateTimeFacts {
    private DateTimeFacts() {
    }

    static Map<String, Object> of(String[] date) {
        long epoch = Long.parseLong(date[0]);
        long micros = date.length > 1 && date[1].matches("\\d+") ? Long.parseLong((date[1] + "000000").substring(0, 6)) : 0;
        String tz = date.length > 2 ? date[2] : "UTC";
        String offset = date.length > 3 ? date[3] : "+0000";
        ZoneOffset zone = ZoneOffset.of(offset.substring(0, 3) + ":" + offset.substring(3));
        OffsetDateTime local = Instant.ofEpochSecond(epoch, micros * 1000).atOffset(zone);
        OffsetDateTime utc = local.withOffsetSameInstant(ZoneOffset.UTC);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("year", String.format("%04d", local.getYear()));
        d.put("month", String.format("%02d", local.getMonthValue()));
        d.put("weekday", local.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        int sundayZero = local.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : local.getDayOfWeek().getValue();
        d.put("weekday_number", String.valueOf(sundayZero));
        int yday = local.getDayOfYear() - 1;
        d.put("weeknumber", String.format("%02d", (yday + 7 - (sundayZero + 6) % 7) / 7));
        d.put("day", String.format("%02d", local.getDayOfMonth()));
        d.put("hour", String.format("%02d", local.getHour()));
        d.put("minute", String.format("%02d", local.getMinute()));
        d.put("second", String.format("%02d", local.getSecond()));
        d.put("epoch", String.valueOf(epoch));
        d.put("epoch_int", String.valueOf(epoch));
        d.put("date", String.format("%04d-%02d-%02d", local.getYear(), local.getMonthValue(), local.getDayOfMonth()));
        d.put("time", String.format("%02d:%02d:%02d", local.getHour(), local.getMinute(), local.getSecond()));
        String utcClock = String.format("%04d-%02d-%02dT%02d:%02d:%02d", utc.getYear(), utc.getMonthValue(),
                utc.getDayOfMonth(), utc.getHour(), utc.getMinute(), utc.getSecond());
        d.put("iso8601_micro", utcClock + String.format(".%06dZ", micros));
        d.put("iso8601", utcClock + "Z");
        String basic = String.format("%04d%02d%02dT%02d%02d%02d", local.getYear(), local.getMonthValue(),
                local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond());
        d.put("iso8601_basic", basic + String.format("%06d", micros));
        d.put("iso8601_basic_short", basic);
        d.put("tz", tz);
        d.put("tz_dst", tz);
        d.put("tz_offset", offset);
        return d;
    }
}
