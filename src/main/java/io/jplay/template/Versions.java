package io.jplay.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ansible's {@code version} test: LooseVersion (default), strict and semver comparison. */
final class Versions {
    private static final Pattern PART = Pattern.compile("\\d+|[a-z]+|\\.", Pattern.CASE_INSENSITIVE);

    private Versions() {
    }

    static boolean compare(Call c) throws TemplateException {
        String a = PythonRepr.str(c.value());
        String b = c.string(0, "version", "");
        String op = c.string(1, "operator", "eq");
        boolean strict = c.bool(2, "strict", false);
        String type = c.string(3, "version_type", strict ? "strict" : "loose");
        if (b.isEmpty()) {
            throw new TemplateException("Version parameter to compare against cannot be empty");
        }
        int cmp = switch (type) {
            case "semver", "semantic" -> semver(a, b);
            default -> loose(a, b);
        };
        return switch (op) {
            case "==", "=", "eq" -> cmp == 0;
            case "!=", "<>", "ne" -> cmp != 0;
            case "<", "lt" -> cmp < 0;
            case "<=", "le" -> cmp <= 0;
            case ">", "gt" -> cmp > 0;
            case ">=", "ge" -> cmp >= 0;
            default -> throw new TemplateException("Invalid operator type (" + op + ")");
        };
    }

    private static List<Object> parts(String v) {
        List<Object> out = new ArrayList<>();
        Matcher m = PART.matcher(v);
        while (m.find()) {
            String p = m.group();
            if (p.equals(".")) {
                continue;
            }
            out.add(Character.isDigit(p.charAt(0)) ? (Object) Long.parseLong(p) : p);
        }
        return out;
    }

    static int loose(String a, String b) throws TemplateException {
        return Ops.compare(parts(a), parts(b), "<");
    }

    private static int semver(String a, String b) throws TemplateException {
        String[] x = a.split("[-+]", 2);
        String[] y = b.split("[-+]", 2);
        int core = loose(x[0], y[0]);
        if (core != 0) {
            return core;
        }
        boolean xp = a.contains("-");
        boolean yp = b.contains("-");
        if (xp != yp) {
            return xp ? -1 : 1;
        }
        return xp ? loose(x[1], y[1]) : 0;
    }
}
