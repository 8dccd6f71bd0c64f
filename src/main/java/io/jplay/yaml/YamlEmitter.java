package io.jplay.yaml;

import io.jplay.python.PyFloat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * YAML as libyaml's emitter writes it (Ansible dumps through PyYAML's {@code CSafeDumper} where libyaml is
 * present; the rules are libyaml's and PyYAML's, both MIT licensed, the code jplay's): block and flow collections,
 * the scalar style choice, and line folding at the {@link Style#width() width} for plain and quoted scalars. One
 * emitter serves the result callbacks (whose representer writes multi-line strings as {@code |} blocks) and the
 * {@code to_yaml}/{@code to_nice_yaml} filters; {@link Style} tells them apart.
 */
public final class YamlEmitter {
    private static final String BREAKS = "\n\u0085\u2028\u2029";
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

    /**
     * How a document is written.
     *
     * @param indent {@code indent} (2 to 9, else 2)
     * @param width {@code width}: lines fold at a space past this column
     * @param flow {@code default_flow_style}: null writes collections of scalars in flow style, true every
     *     collection, false none (empty ones are always {@code []}/{@code {}})
     * @param keyOrder how mapping keys are sorted ({@code sort_keys}), or null to keep their order
     * @param explicitStart {@code explicit_start}: the document begins with {@code ---}
     * @param explicitEnd {@code explicit_end}: the document ends with {@code ...}
     * @param literal the representer's multi-line strings: the text to write as a {@code |} block, or null for the
     *     emitter's own style choice
     * @param canonical {@code canonical}: every node tagged, in flow style, each item on its own line, every
     *     scalar double-quoted
     */
    public record Style(int indent, int width, Boolean flow, Comparator<Object> keyOrder, boolean explicitStart,
            boolean explicitEnd, UnaryOperator<String> literal, boolean canonical) {
        public Style {
            indent = indent > 1 && indent < 10 ? indent : 2;
        }
    }

    private final Style style;
    private final int bestIndent;
    private final int bestWidth;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private Integer indent;
    private int column;
    private int flowLevel;
    private boolean whitespace = true;
    private boolean indention = true;

    private YamlEmitter(Style style) {
        this.style = style;
        this.bestIndent = style.indent();
        this.bestWidth = style.width();
    }

    /** The document {@code value} written in {@code style}, ending with a newline. */
    public static String dump(Object value, Style style) {
        YamlEmitter e = new YamlEmitter(style);
        if (style.explicitStart() || style.canonical()) {
            e.writeIndicator("---", true, false, false);
            if (style.canonical()) {
                e.writeIndent();
            }
        }
        e.node(value, false, false);
        e.writeIndent();
        if (style.explicitEnd()) {
            e.writeIndicator("...", true, false, false);
            e.writeIndent();
        }
        return e.out.toString();
    }

    /** Whether {@code text} has a line break (YAML's: also NEL, LS, PS). */
    public static boolean hasBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void node(Object value, boolean mapping, boolean simpleKey) {
        if (value instanceof io.jplay.json.JsonEncoded encoded) {
            // written as the JSON encoder writes it (an unsafe value as its value), as Ansible's dumper does
            node(encoded.jsonValue(), mapping, simpleKey);
            return;
        }
        if (style.canonical()) {
            writeTag(value);
        }
        if (value instanceof Map<?, ?> map) {
            if (flowLevel > 0 || map.isEmpty() || flowStyle(map.keySet(), map.values())) {
                flowMapping(map);
            } else {
                blockMapping(map);
            }
        } else if (value instanceof Collection<?> c) {
            if (flowLevel > 0 || c.isEmpty() || flowStyle(List.of(), c)) {
                flowSequence(c);
            } else {
                blockSequence(c, mapping);
            }
        } else {
            increaseIndent(true, false);
            scalar(value, simpleKey);
            popIndent();
        }
    }

    /** The node's tag as canonical output shows it, e.g. {@code !!str}. */
    private void writeTag(Object value) {
        String tag = value == null ? "null" : value instanceof Boolean ? "bool"
                : value instanceof Double || value instanceof Float ? "float" : value instanceof Number ? "int"
                : value instanceof Map ? "map" : value instanceof Collection ? "seq" : "str";
        if (!whitespace) {
            write(" ");
        }
        write("!!" + tag);
        whitespace = false;
        indention = false;
    }

    /** PyYAML's representer: flow style when asked, or (by default) for a collection of scalars only. */
    private boolean flowStyle(Collection<?> keys, Collection<?> values) {
        if (style.canonical() || style.flow() != null) {
            return style.canonical() || style.flow();
        }
        for (Collection<?> part : List.of(keys, values)) {
            for (Object o : part) {
                Object v = o instanceof io.jplay.json.JsonEncoded e ? e.jsonValue() : o;
                if (v instanceof Map || v instanceof Collection) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Map.Entry<?, ?>> entries(Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (style.keyOrder() != null) {
            entries.sort((a, b) -> style.keyOrder().compare(a.getKey(), b.getKey()));
        }
        return entries;
    }

    private void flowSequence(Collection<?> items) {
        writeIndicator("[", true, true, false);
        flowLevel++;
        increaseIndent(true, false);
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                writeIndicator(",", false, false, false);
            }
            first = false;
            if (style.canonical() || column > bestWidth) {
                writeIndent();
            }
            node(item, false, false);
        }
        popIndent();
        flowLevel--;
        closeFlow("]", first);
    }

    private void flowMapping(Map<?, ?> map) {
        writeIndicator("{", true, true, false);
        flowLevel++;
        increaseIndent(true, false);
        boolean first = true;
        for (Map.Entry<?, ?> e : entries(map)) {
            if (!first) {
                writeIndicator(",", false, false, false);
            }
            first = false;
            if (style.canonical() || column > bestWidth) {
                writeIndent();
            }
            if (!style.canonical() && isSimpleKey(e.getKey())) {
                node(e.getKey(), true, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, false);
                node(e.getKey(), true, false);
                if (style.canonical() || column > bestWidth) {
                    writeIndent();
                }
                writeIndicator(":", true, false, false);
            }
            node(e.getValue(), true, false);
        }
        popIndent();
        flowLevel--;
        closeFlow("}", first);
    }

    /** The end of a flow collection; canonical output ends each item with a comma and the collection on its own line. */
    private void closeFlow(String indicator, boolean empty) {
        if (style.canonical() && !empty) {
            writeIndicator(",", false, false, false);
            writeIndent();
        }
        writeIndicator(indicator, false, false, false);
    }

    private void blockMapping(Map<?, ?> map) {
        increaseIndent(false, false);
        for (Map.Entry<?, ?> e : entries(map)) {
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
    private boolean isSimpleKey(Object key) {
        if (key instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        if (key instanceof Collection<?> c) {
            return c.isEmpty();
        }
        String text = key == null ? "null" : key.toString();
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 128 && !hasBreak(text);
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
        String literal = null;
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
            literal = style.literal() == null ? null : style.literal().apply(raw);
            text = literal == null ? raw : literal;
        }
        ScalarAnalysis a = ScalarAnalysis.of(text);
        char chosen = style.canonical() ? '"' : chooseStyle(a, implicitPlain, literal != null, simpleKey);
        boolean split = !simpleKey;
        switch (chosen) {
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

    private char chooseStyle(ScalarAnalysis a, boolean implicitPlain, boolean literal, boolean simpleKey) {
        boolean plainAllowed = flowLevel > 0 ? a.allowFlowPlain() : a.allowBlockPlain();
        if (!literal && implicitPlain && !(simpleKey && (a.empty() || a.multiline())) && plainAllowed) {
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
