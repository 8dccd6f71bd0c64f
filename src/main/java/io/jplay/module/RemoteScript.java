package io.jplay.module;

import java.util.Map;

/**
 * A planned remote script and how its outcome becomes the module's result.
 *
 * @param command the shell command line to run on the target
 * @param stdin bytes for the command's stdin, or {@code null}
 * @param form how the result is built: {@link Form#COMMAND} means the result is {@code command}'s
 *     (rc, stdout, stderr, start, end, delta, msg, with {@code failed} on non-zero rc);
 *     {@link Form#JSON} means the script itself prints the module's JSON result on stdout
 * @param fixed keys that go into the result as they are ({@code cmd}, {@code invocation}, ...),
 *     in this order, after the computed ones
 */
public record RemoteScript(String command, byte[] stdin, Form form, Map<String, Object> fixed) {

    public enum Form { COMMAND, JSON }

    public RemoteScript {
        fixed = fixed == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
    }
}
