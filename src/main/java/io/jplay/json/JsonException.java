package io.jplay.json;

/** Text that is not valid JSON; the message is Python's ({@code Expecting value: line 1 column 1 (char 0)}). */
public class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message);
    }
}
