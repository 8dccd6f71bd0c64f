package io.jplay.python;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ansible's {@code isidentifier}: an ASCII Python identifier that is not a Python keyword (so
 * {@code True}, {@code None} and {@code class} are not variable names).
 */
public final class PyIdentifier {
    private static final Pattern ASCII_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private PyIdentifier() {
    }

    public static boolean isIdentifier(Object name) {
        return name instanceof String s && ASCII_IDENTIFIER.matcher(s).matches() && !KEYWORDS.contains(s);
    }
}
