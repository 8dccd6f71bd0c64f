package io.jplay.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a template into text, {@code {{ expression }}}, {@code {% tag %}} and comment tokens as
 * Jinja2's lexer does: an end delimiter only counts outside strings and balanced brackets (so
 * {@code {{ {'a': {'b': 1}} }}} works), {@code {% raw %}} blocks are text, and {@code -} marks
 * whitespace control.
 */
final class TemplateScanner {
    private static final Pattern END_RAW = Pattern.compile("\\{%(-?)\\s*endraw\\s*(-?)%}");

    /** kind: 't' text, 'e' expression, 'g' tag, 'n' comment. */
    record Tok(char kind, String text, String tag, boolean leftTrim, boolean rightTrim) { }

    private TemplateScanner() {
    }

    static List<Tok> scan(String s) throws TemplateException {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        StringBuilder text = new StringBuilder();
        while (i < n) {
            int open = nextOpen(s, i);
            if (open < 0) {
                text.append(s, i, n);
                break;
            }
            text.append(s, i, open);
            char kind = s.charAt(open + 1);
            int bodyStart = open + 2;
            boolean left = bodyStart < n && s.charAt(bodyStart) == '-';
            if (left || (bodyStart < n && s.charAt(bodyStart) == '+')) {
                bodyStart++;
            }
            if (kind == '#') {
                int close = s.indexOf("#}", bodyStart);
                if (close < 0) {
                    throw error("Missing end of comment tag", s);
                }
                flush(text, out);
                out.add(new Tok('n', "", null, left, s.charAt(close - 1) == '-'));
                i = close + 2;
                continue;
            }
            String end = kind == '{' ? "}}" : "%}";
            int close = findEnd(s, bodyStart, end);
            if (close < 0) {
                throw error("unexpected end of template, expected '" + end + "'", s);
            }
            boolean right = close > bodyStart && s.charAt(close - 1) == '-';
            String body = s.substring(bodyStart, right ? close - 1 : close).strip();
            flush(text, out);
            i = close + 2;
            if (kind == '{') {
                out.add(new Tok('e', body, null, left, right));
                continue;
            }
            int sp = 0;
            while (sp < body.length() && (Character.isLetterOrDigit(body.charAt(sp)) || body.charAt(sp) == '_')) {
                sp++;
            }
            String tag = body.substring(0, sp);
            String helpers = body.substring(sp).strip();
            if (tag.equals("raw")) {
                Matcher m = END_RAW.matcher(s);
                if (!m.find(i)) {
                    throw error("Missing end of raw directive", s);
                }
                out.add(new Tok('g', "", "raw", left, right));
                String raw = s.substring(i, m.start());
                if (right) {
                    raw = raw.stripLeading();
                }
                if (!m.group(1).isEmpty()) {
                    raw = raw.stripTrailing();
                }
                out.add(new Tok('r', raw, null, false, false));
                out.add(new Tok('g', "", "endraw", false, !m.group(2).isEmpty()));
                i = m.end();
                continue;
            }
            out.add(new Tok('g', helpers, tag, left, right));
        }
        flush(text, out);
        return out;
    }

    private static void flush(StringBuilder text, List<Tok> out) {
        if (text.length() > 0) {
            out.add(new Tok('t', text.toString(), null, false, false));
            text.setLength(0);
        }
    }

    private static int nextOpen(String s, int from) {
        for (int i = s.indexOf('{', from); i >= 0 && i + 1 < s.length(); i = s.indexOf('{', i + 1)) {
            char c = s.charAt(i + 1);
            if (c == '{' || c == '%' || c == '#') {
                return i;
            }
        }
        return -1;
    }

    private static int findEnd(String s, int from, String end) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == 0 && s.startsWith(end, i)) {
                    return i;
                }
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && s.startsWith(end, i)) {
                return i;
            } else if (depth == 0 && c == '-' && s.startsWith(end, i + 1)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static TemplateException error(String what, String s) {
        return new TemplateSyntaxError(what);
    }
}
