package io.jplay.yaml;

/**
 * Marks a value that must never be templated: a registered result, facts, {@code !unsafe} YAML
 * data. The templater unwraps it when the value is read. It lives in {@code yaml}, where
 * {@code !unsafe} makes it, so that {@code yaml} needs nothing from {@code template}.
 */
public record Unsafe(Object value) {
}
