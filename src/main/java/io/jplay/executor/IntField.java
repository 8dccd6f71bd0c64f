package io.jplay.executor;

import io.jplay.playbook.SourceLocation;
import io.jplay.template.PythonRepr;
import java.util.regex.Pattern;

/**
 * A task keyword of Ansible's type {@code int} ({@code retries}, {@code async}, {@code poll}) read
 * from its templated value as Python's {@code int()} does, failing with Ansible's message.
 */
final class IntField {
    private static final Pattern PY_INT = Pattern.compile("[+-]?[0-9]+(_[0-9]+)*");

    private IntField() {
    }

    /** {@code value} as an int; {@code field} is the name Ansible gives the keyword in its message. */
    static int of(String field, Object value, SourceLocation at) {
        return parse(field, value, SourceSnippet.describe(at));
    }

    /** The connection's {@code port} (from {@code ansible_port}), worded as Ansible's play context does. */
    static int port(Object value) {
        return parse("port", value, ". " + invalidLiteral(value));
    }

    private static int parse(String field, Object value, String tail) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        String text = String.valueOf(value).strip();
        if (PY_INT.matcher(text).matches()) {
            try {
                return Integer.parseInt(text.replace("_", ""));
            } catch (NumberFormatException tooLarge) {
                return text.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
        }
        throw new IllegalArgumentException("the field '" + field + "' has an invalid value (" + PythonRepr.str(value)
                + "), and could not be converted to an int.The error was: " + invalidLiteral(value) + tail);
    }

    private static String invalidLiteral(Object value) {
        return "invalid literal for int() with base 10: " + PythonRepr.repr(String.valueOf(value));
    }
}
