package io.jplay.template;

import java.util.Map;

/** Jinja2's block, variable and comment delimiters ({@code block_start_string}...), Jinja's defaults or a template's own. */
record Delimiters(String blockStart, String blockEnd, String varStart, String varEnd, String commentStart,
                  String commentEnd) {
    static final Delimiters DEFAULT = new Delimiters("{%", "%}", "{{", "}}", "{#", "#}");

    /** The defaults with any of {@code block_start_string ... comment_end_string} that {@code options} sets (non-null). */
    static Delimiters of(Map<String, Object> options) {
        return new Delimiters(pick(options, "block_start_string", DEFAULT.blockStart),
                pick(options, "block_end_string", DEFAULT.blockEnd),
                pick(options, "variable_start_string", DEFAULT.varStart),
                pick(options, "variable_end_string", DEFAULT.varEnd),
                pick(options, "comment_start_string", DEFAULT.commentStart),
                pick(options, "comment_end_string", DEFAULT.commentEnd));
    }

    private static String pick(Map<String, Object> options, String name, String dflt) {
        Object v = LazyVars.unwrap(options.get(name));
        return v == null ? dflt : PythonRepr.str(v);
    }
}
