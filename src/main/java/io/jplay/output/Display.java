package io.jplay.output;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ansible's {@code Display}: one message per call, banners, and warnings/deprecations wrapped to the
 * column width and shown once each. Subclasses decide where a message goes (screen or log file).
 */
abstract class Display {
    /** Where a message may appear: Ansible's {@code screen_only}/{@code log_only} flags. */
    enum Scope { BOTH, SCREEN_ONLY, LOG_ONLY }

    private final int columns;
    private final Set<String> warnings = new HashSet<>();
    private final Set<String> deprecations = new HashSet<>();
    private final Set<String> errors = new HashSet<>();

    Display(int columns) {
        this.columns = columns;
    }

    /** Writes one message; {@code color} may be {@code null}. */
    abstract void emit(String msg, AnsiColor color, boolean stderr, Scope scope);

    /** Whether this display paints colours (the recap's host padding depends on it). */
    abstract boolean colored();

    final void display(String msg) {
        emit(msg, null, false, Scope.BOTH);
    }

    final void display(String msg, AnsiColor color) {
        emit(msg, color, false, Scope.BOTH);
    }

    final void banner(String msg) {
        String text = msg.strip();
        int stars = Math.max(3, columns - DisplayWidth.of(text));
        if (stars <= 3) {
            stars = 3;
        }
        display("\n" + text + " " + "*".repeat(stars));
    }

    final void warning(String msg) {
        warning(msg, true);
    }

    /** A warning shown once per run ({@code once}), or every time (another worker process's). */
    final void warning(String msg, boolean once) {
        String text = String.join("\n", TextWrap.wrap("[WARNING]: " + msg, columns, true)) + "\n";
        if (warnings.add(text) || !once) {
            emit(text, AnsiColor.WARN, true, Scope.BOTH);
        }
    }

    /** Ansible's Display.error: {@code "\\n[ERROR]: msg"} wrapped (so it starts with a space), shown once. */
    final void error(String msg) {
        String text = String.join("\n", TextWrap.wrap("\n[ERROR]: " + msg, columns, true)) + "\n";
        if (errors.add(text)) {
            emit(text, AnsiColor.ERROR, true, Scope.BOTH);
        }
    }

    /** Ansible's Display.error with {@code wrap_text=False}: {@code "ERROR! msg"} as it is, shown once. */
    final void errorUnwrapped(String msg) {
        String text = "ERROR! " + msg;
        if (errors.add(text)) {
            emit(text, AnsiColor.ERROR, true, Scope.BOTH);
        }
    }

    final void deprecated(RunListener.Deprecation deprecation) {
        List<String> lines = TextWrap.wrap(deprecation.message(), columns, false);
        String text = String.join("\n", lines) + "\n";
        if (deprecations.add(text)) {
            emit(text.strip(), AnsiColor.DEPRECATE, true, Scope.BOTH);
        }
    }

    final int columns() {
        return columns;
    }
}
