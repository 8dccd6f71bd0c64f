package io.jplay.output;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A {@link Display} on the terminal: stdout and stderr, coloured when enabled. */
final class ScreenDisplay extends Display {
    private final Appendable out;
    private final Appendable err;
    private final boolean color;

    ScreenDisplay(OutputSettings settings, Appendable out, Appendable err) {
        super(settings.columns());
        this.out = out;
        this.err = err;
        this.color = settings.color();
    }

    @Override
    void emit(String msg, AnsiColor paint, boolean stderr, Scope scope) {
        if (scope == Scope.LOG_ONLY) {
            return;
        }
        String text = msg.endsWith("\n") ? msg.substring(0, msg.length() - 1) : msg;
        if (paint != null && color) {
            text = paint.paint(text);
        }
        Appendable target = stderr ? err : out;
        try {
            target.append(text).append('\n');
            if (target instanceof Flushable f) {
                f.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    boolean colored() {
        return color;
    }
}
