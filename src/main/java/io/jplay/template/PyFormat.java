package io.jplay.template;

import io.jplay.python.PyInt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Python's {@code %}-formatting and {@code str.format()}. */
final class PyFormat {
    private PyFormat() {
    }

    static String percent(String fmt, Object args) throws TemplateException {
        List<?> list = args instanceof Tuple t ? t : List.of(args == null ? NONE : args);
        Map<?, ?> named = args instanceof Map<?, ?> m ? m : null;
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw new TemplateTypeError("incomplete format");
            }
            Object arg = null;
            boolean haveArg = false;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                String key = fmt.substring(i + 1, close);
                if (named == null) {
                    throw new TemplateTypeError("format requires a mapping");
                }
                arg = named.get(key);
                haveArg = true;
                i = close + 1;
            }
            int start = i;
            while (i < fmt.length() && "-+ #0123456789.".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            String flags = fmt.substring(start, i);
            char type = fmt.charAt(i++);
            if (type == '%') {
                sb.append('%');
                continue;
            }
            if ("diouxXeEfFgGcrsa".indexOf(type) < 0) {
                throw new TemplateException("unsupported format character " + PythonRepr.repr(String.valueOf(type))
                        + " (0x" + Integer.toHexString(type) + ") at index " + (i - 1));
            }
            if (!haveArg) {
                if (ai >= list.size()) {
                    throw new TemplateTypeError("not enough arguments for format string");
                }
                arg = list.get(ai++);
                if (arg == NONE) {
                    arg = null;
                }
            }
            sb.append(spec(arg, parseSpec(flags, type), true));
        }
        if (named == null && ai < list.size()) {
            throw new TemplateTypeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private static final Object NONE = new Object();

    /** {@code %c}: a code point given as an int, or a one-character string. */
    private static String percentChar(Object v) throws TemplateException {
        if (v instanceof String str && str.codePointCount(0, str.length()) == 1) {
            return str;
        }
        if (v instanceof Long n && n >= 0 && n <= Character.MAX_CODE_POINT) {
            return new String(Character.toChars(n.intValue()));
        }
        if (PyInt.isInt(v)) {
            throw new TemplateException("%c arg not in range(0x110000)");
        }
        throw new TemplateTypeError("%c requires int or char");
    }

    private record Spec(char fill, char align, char sign, boolean zero, int width, boolean comma, int precision,
                        char type) { }

    private static Spec parseSpec(String flags, char type) {
        boolean left = false;
        boolean zero = false;
        char sign = '-';
        int j = 0;
        while (j < flags.length() && "-+ #0".indexOf(flags.charAt(j)) >= 0) {
            char f = flags.charAt(j++);
            if (f == '-') {
                left = true;
            } else if (f == '0') {
                zero = true;
            } else if (f == '+' || f == ' ') {
                sign = f;
            }
        }
        String rest = flags.substring(j);
        int width = -1;
        int precision = -1;
        int dot = rest.indexOf('.');
        String w = dot >= 0 ? rest.substring(0, dot) : rest;
        if (!w.isEmpty()) {
            width = Integer.parseInt(w);
        }
        if (dot >= 0) {
            precision = rest.length() > dot + 1 ? Integer.parseInt(rest.substring(dot + 1)) : 0;
        }
        char align = left ? '<' : '>';
        return new Spec(zero && !left ? '0' : ' ', zero && !left ? '=' : align, sign, zero, width, false, precision, type);
    }

    /** Formats one value; {@code percent} selects %-style defaults (strings right-aligned, s = str()). */
    private static String spec(Object v, Spec s, boolean percent) throws TemplateException {
        String body;
        char type = s.type();
        boolean numeric = false;
        boolean negative = false;
        if (v instanceof Undefined u) {
            if (type != 'r') {
                throw u.error();
            }
            return u.repr();
        }
        switch (type) {
            case 'd', 'i', 'u' -> {
                if (!Ops.isNumber(v)) {
                    throw new TemplateTypeError("%" + type + " format: a real number is required, not "
                            + PythonRepr.typeName(v));
                }
                java.math.BigInteger n = PyInt.big(v instanceof Double d ? PyInt.fromDouble(d) : Ops.intValue(v));
                negative = n.signum() < 0;
                body = n.abs().toString();
                if (s.comma()) {
                    body = String.format("%,d", n.abs());
                }
                numeric = true;
            }
            case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                if (!Ops.isNumber(v)) {
                    throw new TemplateTypeError("must be real number, not " + PythonRepr.typeName(v));
                }
                double d = Ops.toDouble(v);
                negative = d < 0;
                int p = s.precision() < 0 ? 6 : s.precision();
                double a = Math.abs(d);
                body = switch (type) {
                    case 'f', 'F' -> new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
                    case 'e', 'E' -> String.format("%." + p + "e", a);
                    default -> String.format("%." + Math.max(p, 1) + "g", a);
                };
                if (s.comma()) {
                    body = String.format("%,." + p + "f", a);
                }
                numeric = true;
            }
            case 'x', 'X', 'o' -> {
                java.math.BigInteger n = PyInt.big(Ops.intValue(v));
                negative = n.signum() < 0;
                body = n.abs().toString(type == 'o' ? 8 : 16);
                if (type == 'X') {
                    body = body.toUpperCase();
                }
                numeric = true;
            }
            case 'r' -> body = PythonRepr.repr(v);
            case 'c' -> body = percentChar(v);
            default -> {
                body = PythonRepr.str(v);
                if (s.precision() >= 0 && body.length() > s.precision()) {
                    body = body.substring(0, s.precision());
                }
            }
        }
        String signStr = numeric ? (negative ? "-" : (s.sign() == '-' ? "" : String.valueOf(s.sign()))) : "";
        int pad = s.width() - body.length() - signStr.length();
        if (pad <= 0) {
            return signStr + body;
        }
        char align = s.align();
        if (align == 0) {
            align = numeric ? '>' : '<';
        }
        String fill = String.valueOf(s.fill()).repeat(pad);
        return switch (align) {
            case '<' -> signStr + body + fill;
            case '^' -> String.valueOf(s.fill()).repeat(pad / 2) + signStr + body
                    + String.valueOf(s.fill()).repeat(pad - pad / 2);
            case '=' -> signStr + fill + body;
            default -> fill + signStr + body;
        };
    }

    /** {@code str.format(*args, **kwargs)}. */
    static String format(String fmt, List<Object> args, Map<String, Object> kwargs) throws TemplateException {
        StringBuilder sb = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                sb.append('}');
                i += 2;
            } else if (c == '{') {
                int close = fmt.indexOf('}', i);
                String field = fmt.substring(i + 1, close);
                i = close + 1;
                String specText = "";
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    specText = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                boolean repr = field.endsWith("!r");
                if (repr || field.endsWith("!s")) {
                    field = field.substring(0, field.length() - 2);
                }
                Object v;
                if (field.isEmpty()) {
                    v = args.get(auto++);
                } else if (Character.isDigit(field.charAt(0))) {
                    v = args.get(Integer.parseInt(field));
                } else {
                    v = kwargs.get(field);
                }
                if (repr) {
                    v = PythonRepr.repr(v);
                }
                sb.append(specText.isEmpty() ? PythonRepr.str(v) : spec(v, formatSpec(specText, v), false));
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static Spec formatSpec(String t, Object v) {
        int i = 0;
        char fill = ' ';
        char align = 0;
        if (t.length() >= 2 && "<>^=".indexOf(t.charAt(1)) >= 0) {
            fill = t.charAt(0);
            align = t.charAt(1);
            i = 2;
        } else if (!t.isEmpty() && "<>^=".indexOf(t.charAt(0)) >= 0) {
            align = t.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < t.length() && "+- ".indexOf(t.charAt(i)) >= 0) {
            sign = t.charAt(i++);
        }
        boolean zero = false;
        if (i < t.length() && t.charAt(i) == '0') {
            zero = true;
            i++;
            if (align == 0) {
                fill = '0';
                align = '=';
            }
        }
        int j = i;
        while (j < t.length() && Character.isDigit(t.charAt(j))) {
            j++;
        }
        int width = j > i ? Integer.parseInt(t.substring(i, j)) : -1;
        boolean comma = j < t.length() && t.charAt(j) == ',';
        if (comma) {
            j++;
        }
        int precision = -1;
        if (j < t.length() && t.charAt(j) == '.') {
            int k = j + 1;
            while (k < t.length() && Character.isDigit(t.charAt(k))) {
                k++;
            }
            precision = Integer.parseInt(t.substring(j + 1, k));
            j = k;
        }
        char type = j < t.length() ? t.charAt(j) : (v instanceof Double ? 'g' : Ops.isInt(v) ? 'd' : 's');
        if (type == 'g' && precision < 0 && j >= t.length()) {
            type = 's';
        }
        return new Spec(fill, align, sign, zero, width, comma, precision, type);
    }
}
