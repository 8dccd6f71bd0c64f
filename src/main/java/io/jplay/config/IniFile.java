package io.jplay.config;

import io.jplay.python.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An INI file read as Python's {@code configparser.ConfigParser(inline_comment_prefixes=(';',))}
 * with raw values: {@code key = value} or {@code key: value}, keys lower-cased, {@code #}/{@code ;}
 * full-line comments, {@code ;} inline comments after whitespace, indented continuation lines,
 * a {@code [DEFAULT]} section seen by every section, and duplicate sections or keys rejected.
 */
final class IniFile {
    private static final Pattern SECTION = Pattern.compile("^\\[(.+)\\]");
    private static final Pattern OPTION = Pattern.compile("^(.*?)\\s*([=:])\\s*(.*)$");
    private static final String DEFAULT = "DEFAULT";

    private final Map<String, Map<String, String>> sections;

    private IniFile(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    static IniFile parse(String text, String name) {
        return new Reader(name).read(text);
    }

    /** The raw value of {@code key} (any case) in {@code section}, falling back to {@code [DEFAULT]}. */
    Optional<String> get(String section, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        Map<String, String> s = sections.get(section);
        if (s != null && s.containsKey(k)) {
            return Optional.of(s.get(k));
        }
        Map<String, String> d = sections.get(DEFAULT);
        return d == null ? Optional.empty() : Optional.ofNullable(d.get(k));
    }

    /** The parser's state while reading one file. */
    private static final class Reader {
        private final String name;
        private final Map<String, Map<String, List<String>>> raw = new LinkedHashMap<>();
        private Map<String, List<String>> current;
        private String currentName;
        private String option;
        private int indentLevel;

        Reader(String name) {
            this.name = name;
        }

        IniFile read(String text) {
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                line(lines[i], i + 1, i + 1 < lines.length);
            }
            if (!badLines.isEmpty()) {
                throw error("Source contains parsing errors: '<string>'" + badLines);
            }
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            raw.forEach((section, opts) -> {
                Map<String, String> joined = new LinkedHashMap<>();
                opts.forEach((k, v) -> joined.put(k, String.join("\n", v).stripTrailing()));
                out.put(section, joined);
            });
            return new IniFile(out);
        }

        /** As Python's configparser, which reads on past lines it cannot parse and lists them all at the end. */
        private final StringBuilder badLines = new StringBuilder();

        private void line(String line, int lineNo, boolean newline) {
            int commentStart = commentStart(line);
            String value = (commentStart < 0 ? line : line.substring(0, commentStart)).strip();
            if (value.isEmpty()) {
                if (commentStart < 0 && current != null && option != null && current.get(option) != null) {
                    current.get(option).add("");
                }
                return;
            }
            int indent = 0;
            while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
                indent++;
            }
            if (current != null && option != null && indent > indentLevel) {
                current.get(option).add(value);
                return;
            }
            indentLevel = indent;
            Matcher sm = SECTION.matcher(value);
            if (sm.find()) {
                String section = sm.group(1);
                if (raw.containsKey(section)) {
                    throw error("While reading from '<string>' [line " + lineNumber(lineNo) + "]: section "
                            + PyRepr.repr(section) + " already exists");
                }
                current = new LinkedHashMap<>();
                currentName = section;
                raw.put(section, current);
                option = null;
                return;
            }
            if (current == null) {
                throw error("File contains no section headers.\nfile: '<string>', line: " + lineNo + "\n"
                        + PyRepr.repr(newline ? line + "\n" : line));
            }
            Matcher om = OPTION.matcher(value);
            if (!om.matches() || om.group(1).isEmpty()) {
                badLines.append("\n\t[line ").append(lineNumber(lineNo)).append("]: ")
                        .append(PyRepr.repr(newline ? line + "\n" : line));
                return;
            }
            option = om.group(1).stripTrailing().toLowerCase(Locale.ROOT);
            if (current.containsKey(option)) {
                throw error("While reading from '<string>' [line " + lineNumber(lineNo) + "]: option "
                        + PyRepr.repr(option) + " in section " + PyRepr.repr(currentName) + " already exists");
            }
            List<String> v = new ArrayList<>();
            v.add(om.group(3).strip());
            current.put(option, v);
        }

        /** Index where a comment starts, or -1: a whole-line # or ;, or a ; after whitespace. */
        private static int commentStart(String line) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.startsWith(";")) {
                return 0;
            }
            for (int i = line.indexOf(';'); i >= 0; i = line.indexOf(';', i + 1)) {
                if (i == 0 || Character.isWhitespace(line.charAt(i - 1))) {
                    return i;
                }
            }
            return -1;
        }

        /** Python's {@code %2d}. */
        private static String lineNumber(int n) {
            return String.format("%2d", n);
        }

        private ConfigException error(String message) {
            return new ConfigException("Error reading config file (" + name + "): " + message);
        }
    }
}
