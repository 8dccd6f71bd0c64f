package io.jplay.yaml;

import io.jplay.json.JsonEncoded;

/**
 * Marks a value that must never be templated: a registered result, facts, {@code !unsafe} YAML
 * data. The templater unwraps it when the value is read. It lives in {@code yaml}, where
 * {@code !unsafe} makes it, so that {@code yaml} needs nothing from {@code template}. Written as JSON it is
 * its value, as Ansible's encoder writes its unsafe text.
 */
public record Unsafe(Object value) implements JsonEncoded {

    @Override
    public Object jsonValue() {
        return value;
    }
}
