package io.jplay.template;

import io.jplay.python.PyLiteral;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template's first line {@code #jinja2: key: value, ...} (Ansible's {@code JINJA2_OVERRIDE}): the line is not part
 * of the output, and its settings apply to this text only. The delimiter settings ({@code variable_start_string}...)
 * are applied; the others ({@code trim_blocks}, {@code lstrip_blocks}, {@code newline_sequence}...) are read and,
 * as the {@code template} module's options of the same names, not applied.
 */
final class TemplateOverrides {
    static final String PREFIX = "#jinja2:";

    private TemplateOverrides() {
    }

    /** The text without its override line, {@code rt} set to its delimiters; {@code text} as it is without one. */
    static String apply(String text, Runtime rt) throws TemplateException {
        if (!text.startsWith(PREFIX)) {
            return text;
        }
        int eol = text.indexOf('\n');
        // as Python's data[len:eol] and data[eol + 1:] with find's -1: the last character is lost, the text kept
        String line = eol < 0 ? text.substring(PREFIX.length(), Math.max(PREFIX.length(), text.length() - 1))
                : text.substring(PREFIX.length(), eol);
        String rest = text.substring(eol + 1);
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String pair : line.split(",", -1)) {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw new TemplateException("failed to parse jinja2 override '" + pair.strip()
                        + "'. Did you use something different from colon as key-value separator?");
            }
            settings.put(pair.substring(0, colon).strip(), PyLiteral.literalEval(pair.substring(colon + 1).strip()));
        }
        if (settings.keySet().stream().anyMatch(k -> k.endsWith("_string"))) {
            Map<String, Object> merged = new LinkedHashMap<>();
            merged.put("block_start_string", rt.delimiters.blockStart());
            merged.put("block_end_string", rt.delimiters.blockEnd());
            merged.put("variable_start_string", rt.delimiters.varStart());
            merged.put("variable_end_string", rt.delimiters.varEnd());
            merged.put("comment_start_string", rt.delimiters.commentStart());
            merged.put("comment_end_string", rt.delimiters.commentEnd());
            merged.putAll(settings);
            rt.delimiters = Delimiters.of(merged);
        }
        return rest;
    }
}
