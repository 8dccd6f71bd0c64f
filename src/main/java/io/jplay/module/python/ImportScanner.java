package io.jplay.module.python;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the modules a Python source file imports, the way a module payload needs them: every
 * {@code import a.b} and {@code from a.b import c, d} statement anywhere in the file (inside
 * functions and {@code try} blocks too), relative imports resolved against the file's package.
 * Text inside triple-quoted strings (documentation) is ignored.
 *
 * <p>For {@code from a.b import c} both {@code a.b.c} and {@code a.b} are reported: {@code c} may be
 * a submodule or a name defined in {@code a.b}; the payload builder keeps whichever exists.
 */
public final class ImportScanner {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(.+)$");
    private static final Pattern FROM = Pattern.compile("^from\\s+(\\.*)([\\w.]*)\\s+import\\s+(.+)$");

    private ImportScanner() {
    }

    /**
     * The dotted names imported by {@code source}.
     *
     * @param pkg the package the file belongs to ({@code ansible.module_utils.common}), for relative
     *     imports; for a package's {@code __init__.py} the package itself
     */
    public static Set<String> imports(String source, String pkg) {
        Set<String> out = new LinkedHashSet<>();
        for (String statement : statements(source)) {
            Matcher from = FROM.matcher(statement);
            if (from.matches()) {
                String base = absolute(from.group(1).length(), from.group(2), pkg);
                if (base == null) {
                    continue;
                }
                for (String name : names(from.group(3))) {
                    if (!name.equals("*")) {
                        out.add(base.isEmpty() ? name : base + "." + name);
                    }
                }
                if (!base.isEmpty()) {
                    out.add(base);
                }
                continue;
            }
            Matcher imp = IMPORT.matcher(statement);
            if (imp.matches()) {
                out.addAll(names(imp.group(1)));
            }
        }
        return out;
    }

    /** {@code ..x} in package {@code a.b.c} is {@code a.b.x}; {@code null} when it climbs above the top. */
    static String absolute(int dots, String name, String pkg) {
        if (dots == 0) {
            return name;
        }
        List<String> parts = new ArrayList<>(pkg == null || pkg.isEmpty() ? List.of() : List.of(pkg.split("\\.")));
        for (int i = 1; i < dots; i++) {
            if (parts.isEmpty()) {
                return null;
            }
            parts.remove(parts.size() - 1);
        }
        String base = String.join(".", parts);
        if (name.isEmpty()) {
            return base;
        }
        return base.isEmpty() ? name : base + "." + name;
    }

    /** {@code a as b, c} or {@code (a, b)} → {@code [a, c]}. */
    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        String cleaned = list.replace("(", " ").replace(")", " ");
        int hash = cleaned.indexOf('#');
        if (hash >= 0) {
            cleaned = cleaned.substring(0, hash);
        }
        for (String part : cleaned.split(",")) {
            String name = part.strip().split("\\s+")[0];
            if (name.matches("[\\w.]+|\\*")) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Logical lines that start an import statement, with parenthesised and backslash continuations
     * joined, outside triple-quoted strings; {@code ;}-separated statements are split.
     */
    static List<String> statements(String source) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\r?\n", -1);
        String quote = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (quote != null) {
                int end = line.indexOf(quote);
                if (end < 0) {
                    continue;
                }
                line = line.substring(end + 3);
                quote = null;
            }
            quote = openTripleQuote(line);
            String code = line.strip();
            if (!(code.startsWith("import ") || code.startsWith("from ") || code.contains("; import ")
                    || code.contains("; from "))) {
                continue;
            }
            StringBuilder joined = new StringBuilder(code);
            while ((unbalanced(joined) || endsWithBackslash(joined)) && i + 1 < lines.length) {
                if (endsWithBackslash(joined)) {
                    joined.setLength(joined.length() - 1);
                }
                joined.append(' ').append(lines[++i].strip());
            }
            for (String part : joined.toString().split(";")) {
                String p = part.strip();
                int hash = p.indexOf('#');
                out.add(hash >= 0 ? p.substring(0, hash).strip() : p);
            }
        }
        return out;
    }

    /** The triple quote left open at the end of {@code line}, or {@code null}. */
    private static String openTripleQuote(String line) {
        String open = null;
        int i = 0;
        while (i < line.length()) {
            if (open == null && line.charAt(i) == '#') {
                break;
            }
            String here = line.startsWith("\"\"\"", i) ? "\"\"\"" : line.startsWith("'''", i) ? "'''" : null;
            if (here != null && (open == null || open.equals(here))) {
                open = open == null ? here : null;
                i += 3;
            } else {
                i++;
            }
        }
        return open;
    }

    private static boolean unbalanced(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#') {
                break;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    private static boolean endsWithBackslash(CharSequence s) {
        return s.length() > 0 && s.charAt(s.length() - 1) == '\\';
    }
}
