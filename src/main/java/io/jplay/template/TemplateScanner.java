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

    /** kind: 't' text, 'e' expression, 'g' tag, 'n' comment; at: where an expression's text starts in the source, or -1. */
    record Tok(char kind, String text, String tag, boolean leftTrim, boolean rightTrim, int at) {
        Tok(char kind, String text, String tag, boolean leftTrim, boolean rightTrim) {
            this(kind, text, tag, leftTrim, rightTrim, -1);
        }
    }

    private TemplateScanner() {
    }

    static List<Tok> scan(String s) throws TemplateException {
        return scan(s, Delimiters.DEFAULT);
    }

    static List<Tok> scan(String s, Delimiters d) throws TemplateException {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        StringBuilder text = new StringBuilder();
        while (i < n) {
            int[] next = nextOpen(s, i, d);
            int open = next[0];
            if (open < 0) {
                text.append(s, i, n);
                break;
            }
            text.append(s, i, open);
            char kind = (char) next[1];
            int bodyStart = open + next[2];
            boolean left = bodyStart < n && s.charAt(bodyStart) == '-';
            if (left || (bodyStart < n && s.charAt(bodyStart) == '+')) {
                bodyStart++;
            }
            if (kind == '#') {
                int close = s.indexOf(d.commentEnd(), bodyStart);
                if (close < 0) {
                    throw error("Missing end of comment tag", s);
                }
                flush(text, out);
                out.add(new Tok('n', "", null, left, close > bodyStart && s.charAt(close - 1) == '-'));
                i = close + d.commentEnd().length();
                continue;
            }
            String end = kind == '{' ? d.varEnd() : d.blockEnd();
            int close = findEnd(s, bodyStart, end);
            if (close < 0) {
                throw unclosed(s, bodyStart, kind, end, d);
            }
            boolean right = close > bodyStart && s.charAt(close - 1) == '-';
            String body = s.substring(bodyStart, right ? close - 1 : close).strip();
            flush(text, out);
            i = close + end.length();
            if (kind == '{') {
                int lead = bodyStart;
                while (lead < close && Character.isWhitespace(s.charAt(lead))) {
                    lead++;
                }
                out.add(new Tok('e', body, null, left, right, lead));
                continue;
            }
            int sp = 0;
            while (sp < body.length() && (Character.isLetterOrDigit(body.charAt(sp)) || body.charAt(sp) == '_')) {
                sp++;
            }
            String tag = body.substring(0, sp);
            String helpers = body.substring(sp).strip();
            if (tag.equals("raw")) {
                Matcher m = Pattern.compile(Pattern.quote(d.blockStart()) + "(-?)\\s*endraw\\s*(-?)"
                        + Pattern.quote(d.blockEnd())).matcher(s);
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

    /** The next start delimiter at or after {@code from}: {position, kind ('{', '%' or '#'), length}; position -1 if none. */
    private static int[] nextOpen(String s, int from, Delimiters d) {
        if (d.equals(Delimiters.DEFAULT)) {
            for (int i = s.indexOf('{', from); i >= 0 && i + 1 < s.length(); i = s.indexOf('{', i + 1)) {
                char c = s.charAt(i + 1);
                if (c == '{' || c == '%' || c == '#') {
                    return new int[] {i, c, 2};
                }
            }
            return new int[] {-1, 0, 0};
        }
        int[] best = {-1, 0, 0};
        String[] starts = {d.varStart(), d.blockStart(), d.commentStart()};
        char[] kinds = {'{', '%', '#'};
        for (int k = 0; k < starts.length; k++) {
            int at = s.indexOf(starts[k], from);
            // at one position the longest delimiter wins, as Jinja's lexer orders them
            if (at >= 0 && (best[0] < 0 || at < best[0] || (at == best[0] && starts[k].length() > best[2]))) {
                best = new int[] {at, kinds[k], starts[k].length()};
            }
        }
        return best;
    }

    /**
     * A tag whose end delimiter never comes, worded as Jinja2's lexer and parser word it: a string that
     * never closes is an unexpected character where it opens; otherwise an expression is parsed to the
     * end of the template, so a stray {@code }} is "unexpected '}'" and a complete one lacks its end.
     */
    private static TemplateException unclosed(String s, int bodyStart, char kind, String end, Delimiters d) {
        int quote = unclosedQuote(s, bodyStart);
        if (quote >= 0) {
            return error("unexpected char " + PythonRepr.repr(String.valueOf(s.charAt(quote))) + " at " + quote, s);
        }
        if (!d.equals(Delimiters.DEFAULT)) {
            return error("unexpected end of template, expected '" + end + "'", s);
        }
        String stray = strayCloser(s, bodyStart);
        if (stray != null) {
            return error(stray, s);
        }
        if (kind == '{') {
            try {
                ExprParser.parseOutput(s.substring(bodyStart), false);
            } catch (TemplateSyntaxError e) {
                return e;
            } catch (TemplateException e) {
                return error("unexpected end of template, expected '" + end + "'", s);
            }
            return error("unexpected end of template, expected 'end of print statement'.", s);
        }
        return error("unexpected end of template, expected 'end of statement block'.", s);
    }

    /** Jinja2's lexer balancing brackets: the first closing one that closes nothing open, as its error, or null. */
    private static String strayCloser(String s, int from) {
        StringBuilder open = new StringBuilder();
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(s, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                open.append(c == '(' ? ')' : c == '[' ? ']' : '}');
            } else if (c == ')' || c == ']' || c == '}') {
                if (open.length() == 0) {
                    return "unexpected '" + c + "'";
                }
                char expected = open.charAt(open.length() - 1);
                if (expected != c) {
                    return "unexpected '" + c + "', expected '" + expected + "'";
                }
                open.setLength(open.length() - 1);
            }
        }
        return null;
    }

    /** Where a string opens that never closes, or -1. */
    private static int unclosedQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                int close = stringEnd(s, i);
                if (close < 0) {
                    return i;
                }
                i = close;
            }
        }
        return -1;
    }

    /** Where the string that opens at {@code open} closes (Jinja2's string rule, backslash escapes included), or -1. */
    private static int stringEnd(String s, int open) {
        char quote = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static int findEnd(String s, int from, String end) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(s, i);
                if (i < 0) {
                    return -1;
                }
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
