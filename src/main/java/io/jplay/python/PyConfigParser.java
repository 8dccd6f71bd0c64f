package io.jplay.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's {@code configparser.ConfigParser} reading ini text: {@code [section]} headers,
 * {@code key = value} / {@code key: value}, full-line {@code #}/{@code ;} comments, indented
 * continuation lines, {@code [DEFAULT]} inheritance and {@code %(name)s} interpolation.
 * Errors are {@link Error}s with Python's class and message.
 */
public final class PyConfigParser {
    /** A {@code configparser.Error}: Python's message, and its class by {@link #pythonClass()}. */
    public static final class Error extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String pythonClass;

        Error(String name, String message) {
            super(message);
            this.pythonClass = "configparser." + name;
        }

        /** The Python class, e.g. {@code configparser.MissingSectionHeaderError}. */
        public String pythonClass() {
            return pythonClass;
        }
    }

    private final boolean caseSensitive;
    private final boolean allowNoValue;
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();

    public PyConfigParser(boolean caseSensitive, boolean allowNoValue) {
        this.caseSensitive = caseSensitive;
        this.allowNoValue = allowNoValue;
    }

    /** Reads {@code text}; {@code source} names it in errors. */
    public void read(String text, String source) {
        Map<String, String> cur = null;
        String curName = null;
        String lastKey = null;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                lastKey = stripped.isEmpty() ? null : lastKey;
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (indented && cur != null && lastKey != null && cur.get(lastKey) != null) {
                cur.put(lastKey, cur.get(lastKey) + "\n" + stripped);
                continue;
            }
            if (stripped.startsWith("[") && stripped.indexOf(']') > 0) {
                curName = stripped.substring(1, stripped.indexOf(']'));
                if (sections.containsKey(curName)) {
                    throw new Error("DuplicateSectionError", "While reading from " + PyRepr.repr(source) + " [line " + pad(n + 1)
                            + "]: section " + PyRepr.repr(curName) + " already exists");
                }
                cur = curName.equals("DEFAULT") ? defaults : new LinkedHashMap<>();
                if (!curName.equals("DEFAULT")) {
                    sections.put(curName, cur);
                }
                lastKey = null;
                continue;
            }
            if (cur == null) {
                throw new Error("MissingSectionHeaderError", "File contains no section headers.\nfile: " + PyRepr.repr(source)
                        + ", line: " + (n + 1) + "\n" + PyRepr.repr(line + "\n"));
            }
            int eq = firstDelimiter(stripped);
            String key;
            String value;
            if (eq < 0) {
                if (!allowNoValue) {
                    throw new Error("ParsingError", "Source contains parsing errors: " + PyRepr.repr(source)
                            + "\n\t[line " + pad(n + 1) + "]: " + PyRepr.repr(line + "\n"));
                }
                key = stripped;
                value = null;
            } else {
                key = stripped.substring(0, eq).strip();
                value = stripped.substring(eq + 1).strip();
            }
            key = caseSensitive ? key : key.toLowerCase(Locale.ROOT);
            if (cur.containsKey(key)) {
                throw new Error("DuplicateOptionError", "While reading from " + PyRepr.repr(source) + " [line " + pad(n + 1)
                        + "]: option " + PyRepr.repr(key) + " in section " + PyRepr.repr(curName) + " already exists");
            }
            cur.put(key, value);
            lastKey = key;
        }
    }

    private static String pad(int n) {
        return String.format("%2d", n);
    }

    private static int firstDelimiter(String s) {
        int eq = s.indexOf('=');
        int colon = s.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    public boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    /** The keys of {@code section} and {@code [DEFAULT]}, section first. */
    public List<String> options(String section) {
        List<String> out = new ArrayList<>(sections.get(section).keySet());
        for (String k : defaults.keySet()) {
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** True when {@code key} (after case folding) is in {@code section} or {@code [DEFAULT]}. */
    public boolean has(String section, String key) {
        String k = caseSensitive ? key : key.toLowerCase(Locale.ROOT);
        return sections.get(section).containsKey(k) || defaults.containsKey(k);
    }

    /** The interpolated value; the section must exist and hold the key. */
    public String get(String section, String key) {
        String k = caseSensitive ? key : key.toLowerCase(Locale.ROOT);
        Map<String, String> s = sections.get(section);
        String raw = s.containsKey(k) ? s.get(k) : defaults.get(k);
        return raw == null ? null : interpolate(section, k, raw, 1);
    }

    private String interpolate(String section, String option, String value, int depth) {
        if (depth > 10) {
            throw new Error("InterpolationDepthError", "Recursion limit exceeded in value substitution: option "
                    + PyRepr.repr(option) + " in section " + PyRepr.repr(section) + " contains an interpolation key which "
                    + "cannot be substituted");
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int p = value.indexOf('%', i);
            if (p < 0) {
                sb.append(value, i, value.length());
                break;
            }
            sb.append(value, i, p);
            if (p + 1 < value.length() && value.charAt(p + 1) == '%') {
                sb.append('%');
                i = p + 2;
            } else if (p + 1 < value.length() && value.charAt(p + 1) == '(' && value.indexOf(")s", p) > 0) {
                int end = value.indexOf(")s", p);
                String name = value.substring(p + 2, end);
                String ref = caseSensitive ? name : name.toLowerCase(Locale.ROOT);
                Map<String, String> s = sections.get(section);
                String v = s.containsKey(ref) ? s.get(ref) : defaults.get(ref);
                if (v == null) {
                    throw new Error("InterpolationMissingOptionError", "Bad value substitution: option " + PyRepr.repr(option)
                            + " in section " + PyRepr.repr(section) + " contains an interpolation key " + PyRepr.repr(ref)
                            + " which is not a valid option name. Raw value: " + PyRepr.repr(value));
                }
                sb.append(interpolate(section, ref, v, depth + 1));
                i = end + 2;
            } else {
                throw new Error("InterpolationSyntaxError", "'%' must be followed by '%' or '(', found: "
                        + PyRepr.repr(value.substring(p)));
            }
        }
        return sb.toString();
    }
}
