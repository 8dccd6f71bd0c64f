package io.jplay.output;

import io.jplay.python.PyFloat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Block-style YAML as PyYAML's {@code yaml.dump(data, default_flow_style=False, allow_unicode=True,
 * indent=N)} writes it with Ansible's callback dumper (multi-line strings as {@code |} blocks, made
 * block-safe the "lossy" way). Ansible dumps through libyaml ({@code CSafeDumper}); the scalar style
 * choice and line folding follow PyYAML's emitter (MIT licensed) with libyaml's double-quoted folding,
 * so results print byte for byte as {@code callback_result_format = yaml} does.
 */
final class YamlEmitter {
    private static final String BREAKS = "\n\u0085\u2028\u2029";
    private static final String COMMUNITY_BREAKS = "\n\r\u001c\u001d\u001e\u0085\u2028\u2029";
    private static final Pattern SPACE_BEFORE_BREAK = Pattern.compile(" +([\n\u0085\u2028\u2029])");
    private static final List<Pattern> NOT_STRINGS = List.of(
            Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"),
            Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                    + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"),
            Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                    + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"),
            Pattern.compile("<<|=|~|null|Null|NULL|"),
            Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                    + "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"));
    private static final int NONE = Integer.MIN_VALUE;

    private final int bestIndent;
    private final int bestWidth;
    private final boolean community;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private Integer indent;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;

    private YamlEmitter(int indent, int width, boolean community) {
        this.bestIndent = indent > 1 && indent < 10 ? indent : 2;
        this.bestWidth = width;
        this.community = community;
    }

    /** The document as Ansible's callback dumper writes it, ending with a newline. */
    static String dump(Object value, int indent) {
        return dump(value, indent, 80, false);
    }

    /** The document as the {@code community.general.yaml} callback writes it (indent 2, width 1000). */
    static String dumpCommunity(Object value) {
        return dump(value, 2, 1000, true);
    }

    private static String dump(Object value, int indent, int width, boolean community) {
        YamlEmitter e = new YamlEmitter(indent, width, community);
        e.node(value, false, false);
        e.writeIndent();
        return e.out.toString();
    }

    private void node(Object value, boolean mapping, boolean simpleKey) {
        if (value instanceof io.jplay.json.JsonEncoded encoded) {
            // written as the JSON encoder writes it (an unsafe value as its value), as Ansible's dumper does
            node(encoded.jsonValue(), mapping, simpleKey);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                writeIndicator("{}", true, false, false);
            } else {
                blockMapping(map);
            }
        } else if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                writeIndicator("[]", true, false, false);
            } else {
                blockSequence(c, mapping);
            }
        } else {
            increaseIndent(true, false);
            scalar(value, simpleKey);
            popIndent();
        }
    }

    private void blockMapping(Map<?, ?> map) {
        increaseIndent(false, false);
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
        for (Map.Entry<?, ?> e : entries) {
            writeIndent();
            if (isSimpleKey(e.getKey())) {
                node(e.getKey(), true, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                node(e.getKey(), true, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            node(e.getValue(), true, false);
        }
        popIndent();
    }

    /** libyaml's {@code check_simple_key}: a one-line scalar of at most 128 UTF-8 bytes, or an empty collection. */
    private static boolean isSimpleKey(Object key) {
        if (key instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        if (key instanceof Collection<?> c) {
            return c.isEmpty();
        }
        String text = key == null ? "null" : key.toString();
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 128
                && BREAKS.chars().noneMatch(c -> text.indexOf(c) >= 0);
    }

    private void blockSequence(Collection<?> items, boolean mapping) {
        increaseIndent(false, mapping && !indention);
        for (Object item : items) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, false, false);
        }
        popIndent();
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent == null ? NONE : indent);
        if (indent == null) {
            indent = flow ? bestIndent : 0;
        } else if (!indentless) {
            indent += bestIndent;
        }
    }

    private void popIndent() {
        int previous = indents.pop();
        indent = previous == NONE ? null : previous;
    }

    private void scalar(Object value, boolean simpleKey) {
        String text;
        boolean implicitPlain = true;
        boolean literal = false;
        if (value == null) {
            text = "null";
        } else if (value instanceof Boolean b) {
            text = b ? "true" : "false";
        } else if (value instanceof Double || value instanceof Float) {
            text = floatText(((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            text = n.toString();
        } else {
            String raw = value.toString();
            implicitPlain = NOT_STRINGS.stream().noneMatch(p -> p.matcher(raw).matches());
            literal = (community ? COMMUNITY_BREAKS : BREAKS).chars().anyMatch(c -> raw.indexOf(c) >= 0);
            text = !literal ? raw : community ? CommunityYaml.munge(raw) : lossy(raw);
        }
        ScalarAnalysis a = ScalarAnalysis.of(text);
        char style = chooseStyle(a, implicitPlain, literal, simpleKey);
        boolean split = !simpleKey;
        switch (style) {
            case '"' -> new QuotedWriter(this).doubleQuoted(text, split);
            case '\'' -> new QuotedWriter(this).singleQuoted(text, split);
            case '|' -> writeLiteral(text);
            default -> writePlain(text, split);
        }
    }

    private static String floatText(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String s = PyFloat.repr(d).toLowerCase();
        return s.indexOf('.') < 0 && s.indexOf('e') >= 0 ? s.replaceFirst("e", ".0e") : s;
    }

    /** Ansible's lossy clean-up so a multi-line string can be a literal block. */
    private static String lossy(String text) {
        String s = text.stripTrailing();
        StringBuilder expanded = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int n = 8 - col % 8;
                expanded.append(" ".repeat(n));
                col += n;
            } else {
                boolean keep = c == '\n' || (c >= 0x20 && c <= 0x7e) || c == 0x85 || (c >= 0xa0 && c <= 0xd7ff)
                        || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff) || Character.isSurrogate(c);
                if (keep) {
                    expanded.append(c);
                }
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return SPACE_BEFORE_BREAK.matcher(expanded).replaceAll("$1");
    }

    private static char chooseStyle(ScalarAnalysis a, boolean implicitPlain, boolean literal, boolean simpleKey) {
        if (!literal && implicitPlain && !(simpleKey && (a.empty() || a.multiline())) && a.allowBlockPlain()) {
            return ' ';
        }
        if (literal && !simpleKey && a.allowBlock()) {
            return '|';
        }
        if (!literal && a.allowSingleQuoted() && !(simpleKey && a.multiline())) {
            return '\'';
        }
        return '"';
    }

    // --- low-level writers, as PyYAML's emitter ---

    void write(String data) {
        out.append(data);
        column += data.length();
    }

    void writeIndicator(String indicator, boolean needWhitespace, boolean ws, boolean indentionFlag) {
        String data = whitespace || !needWhitespace ? indicator : " " + indicator;
        whitespace = ws;
        indention = indention && indentionFlag;
        write(data);
    }

    void writeIndent() {
        int want = indent == null ? 0 : indent;
        if (!indention || column > want || (column == want && !whitespace)) {
            writeLineBreak("\n");
        }
        if (column < want) {
            whitespace = true;
            write(" ".repeat(want - column));
        }
    }

    void writeLineBreak(String data) {
        whitespace = true;
        indention = true;
        out.append(data);
        column = 0;
    }

    int column() {
        return column;
    }

    void setWhitespace(boolean ws, boolean indentionFlag) {
        whitespace = ws;
        indention = indentionFlag;
    }

    static boolean isBreak(char c) {
        return BREAKS.indexOf(c) >= 0;
    }

    int bestWidth() {
        return bestWidth;
    }

    private void writePlain(String text, boolean split) {
        if (text.isEmpty()) {
            return;
        }
        if (!whitespace) {
            write(" ");
        }
        whitespace = false;
        indention = false;
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            Character ch = end < text.length() ? text.charAt(end) : null;
            if (spaces) {
                if (ch == null || ch != ' ') {
                    if (start + 1 == end && column > bestWidth && split) {
                        writeIndent();
                        whitespace = false;
                        indention = false;
                    } else {
                        write(text.substring(start, end));
                    }
                    start = end;
                }
            } else if (breaks) {
                if (ch == null || !isBreak(ch)) {
                    if (text.charAt(start) == '\n') {
                        writeLineBreak("\n");
                    }
                    for (char br : text.substring(start, end).toCharArray()) {
                        writeLineBreak(br == '\n' ? "\n" : String.valueOf(br));
                    }
                    writeIndent();
                    whitespace = false;
                    indention = false;
                    start = end;
                }
            } else if (ch == null || ch == ' ' || isBreak(ch)) {
                write(text.substring(start, end));
                start = end;
            }
            if (ch != null) {
                spaces = ch == ' ';
                breaks = isBreak(ch);
            }
        }
    }

    private void writeLiteral(String text) {
        String hints = "";
        if (!text.isEmpty()) {
            if (text.charAt(0) == ' ' || isBreak(text.charAt(0))) {
                hints += bestIndent;
            }
            char last = text.charAt(text.length() - 1);
            if (!isBreak(last)) {
                hints += "-";
            } else if (text.length() == 1 || isBreak(text.charAt(text.length() - 2))) {
                hints += "+";
            }
        }
        writeIndicator("|" + hints, true, false, false);
        writeLineBreak("\n");
        boolean breaks = true;
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            Character ch = end < text.length() ? text.charAt(end) : null;
            if (breaks) {
                if (ch == null || !isBreak(ch)) {
                    for (char br : text.substring(start, end).toCharArray()) {
                        writeLineBreak(br == '\n' ? "\n" : String.valueOf(br));
                    }
                    if (ch != null) {
                        writeIndent();
                    }
                    start = end;
                }
            } else if (ch == null || isBreak(ch)) {
                out.append(text, start, end);
                if (ch == null) {
                    writeLineBreak("\n");
                }
                start = end;
            }
            if (ch != null) {
                breaks = isBreak(ch);
            }
        }
    }
}
