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
        Object strict = c.arg(2, "strict", null);
        Object versionType = c.arg(3, "version_type", null);
        if (strict != null && versionType != null) {
            throw new TemplateException("Cannot specify both 'strict' and 'version_type'");
        }
        if (!Ops.truthy(c.value())) {
            throw new TemplateException("Input version value cannot be empty");
        }
        if (!Ops.truthy(c.arg(0, "version", null))) {
            throw new TemplateException("Version parameter to compare against cannot be empty");
        }
        String type = Ops.truthy(strict) ? "strict" : versionType == null || !Ops.truthy(versionType) ? "loose"
                : PythonRepr.str(versionType);
        if (!TYPES.contains(type)) {
            throw new TemplateException("Invalid version type (" + type + "). Must be one of " + quoted(TYPES));
        }
        String op = c.string(1, "operator", "eq");
        if (!OPERATORS.contains(op)) {
            throw new TemplateException("Invalid operator type (" + op + "). Must be one of " + quoted(OPERATORS));
        }
        int cmp;
        try {
            cmp = compare(type, PythonRepr.str(c.value()), c.string(0, "version", ""));
        } catch (TemplateException e) {
            throw new TemplateException("Version comparison failed: " + e.getMessage(), e);
        }
        return switch (op) {
            case "==", "=", "eq" -> cmp == 0;
            case "!=", "<>", "ne" -> cmp != 0;
            case "<", "lt" -> cmp < 0;
            case "<=", "le" -> cmp <= 0;
            case ">", "gt" -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    private static final List<String> TYPES = List.of("loose", "strict", "semver", "semantic", "pep440");
    private static final List<String> OPERATORS = List.of("==", "=", "eq", "<", "lt", "<=", "le", ">", "gt", ">=",
            "ge", "!=", "<>", "ne");
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern STRICT = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:([ab])(\\d+))?");

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(PythonRepr::repr).toList());
    }

    private static int compare(String type, String a, String b) throws TemplateException {
        return switch (type) {
            case "semver", "semantic" -> semver(a, b);
            case "strict" -> strict(a, b);
            case "pep440" -> Pep440.parse(a).compareTo(Pep440.parse(b));
            default -> loose(a, b);
        };
    }

    /** distutils' StrictVersion: major.minor[.patch][{a|b}N], a pre-release sorting before its release. */
    private static int strict(String a, String b) throws TemplateException {
        List<Object> x = strictParts(a);
        List<Object> y = strictParts(b);
        return Ops.compare(x, y, "<");
    }

    private static List<Object> strictParts(String v) throws TemplateException {
        Matcher m = STRICT.matcher(v);
        if (!m.matches()) {
            throw new TemplateException("invalid version number " + PythonRepr.repr(v));
        }
        long patch = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        List<Object> out = new ArrayList<>(List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), patch));
        out.add(m.group(4) == null ? "~" : m.group(4));
        out.add(m.group(5) == null ? 0L : Long.parseLong(m.group(5)));
        return out;
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
        for (String v : List.of(a, b)) {
            if (!SEMVER.matcher(v).matches()) {
                throw new TemplateException("invalid semantic version " + PythonRepr.repr(v));
            }
        }
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
