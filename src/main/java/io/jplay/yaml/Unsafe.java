package io.jplay.yaml;

import io.jplay.json.JsonEncoded;
import io.jplay.python.SharedValues;

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

    /** Whether {@code v} is unsafe or holds an unsafe value at any depth. */
    public static boolean within(Object v) {
        return SharedValues.anyLeaf(v, x -> false, x -> x instanceof Unsafe);
    }

    /** {@code v} without its unsafe marks, at any depth (copied only where it held one). */
    public static Object stripped(Object v) {
        return within(v) ? SharedValues.copy(v, x -> x instanceof Unsafe u ? stripped(u.value()) : x) : v;
    }
}
