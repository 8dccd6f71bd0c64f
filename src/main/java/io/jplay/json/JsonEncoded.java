package io.jplay.json;

/**
 * A value that {@link JsonWriter} writes as another JSON value, as Ansible's JSON encoder writes its
 * own types (a {@code !vault} value as {@code {"__ansible_vault": "<ciphertext>"}}).
 */
public interface JsonEncoded {

    /** The value written in this one's place: a map, list, string, number, boolean or null. */
    Object jsonValue();
}
