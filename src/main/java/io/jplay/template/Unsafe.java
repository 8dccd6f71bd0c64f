package io.jplay.template;

/**
 * Marks a value that must never be templated: a registered result, facts, {@code !unsafe} YAML
 * data. The templater unwraps it when the value is read.
 */
public record Unsafe(Object value) {
}
