package io.jplay.yaml;

/** Python's {@code str()} of a scalar YAML value, for messages. */
final class PyText {

    private PyText() {
    }

    static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }
}
