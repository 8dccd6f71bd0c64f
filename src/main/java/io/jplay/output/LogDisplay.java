package io.jplay.output;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A {@link Display} for {@code log_path}: one Python-logging record per message,
 * {@code 2026-11-30 00:36:39,123 p=PID u=USER n=ansible | text}, plain text with leading newlines removed.
 * Messages in the debug colour (async and retry lines, task paths) are below the log's INFO level and dropped.
 */
final class LogDisplay extends Display {
    private final Appendable log;
    private final Clock clock;
    private final String origin;

    LogDisplay(OutputSettings settings, Appendable log, Clock clock, long pid, String user) {
        super(settings.columns());
        this.log = log;
        this.clock = clock;
        this.origin = " p=" + pid + " u=" + user + " n=ansible | ";
    }

    @Override
    void emit(String msg, AnsiColor color, boolean stderr, Scope scope) {
        if (scope == Scope.SCREEN_ONLY || color == AnsiColor.DEBUG) {
            return;
        }
        int start = 0;
        while (start < msg.length() && msg.charAt(start) == '\n') {
            start++;
        }
        try {
            log.append(timestamp()).append(origin).append(msg, start, msg.length()).append('\n');
            if (log instanceof Flushable f) {
                f.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String timestamp() {
        LocalDateTime t = LocalDateTime.ofInstant(clock.instant(), clock.getZone());
        return String.format("%04d-%02d-%02d %02d:%02d:%02d,%03d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000_000);
    }

    @Override
    boolean colored() {
        return false;
    }
}
