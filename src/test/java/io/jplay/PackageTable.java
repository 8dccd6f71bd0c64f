package io.jplay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package table of {@code docs/architecture.md}, read as the rule {@link ArchitectureTest} enforces.
 * A row is {@code | `package` | what lives there | depends on |}, the package relative to {@code io.jplay}
 * ({@code playbook.parse}). "depends on" is {@code everything}, {@code everything below `cli`}, a dash for
 * nothing, or back-quoted names: a package ({@code `json`}), or one class of a package
 * ({@code `output.RunListener`}, which allows that class and its nested types only). A sub-package
 * without a row of its own belongs to its parent's row.
 */
record PackageTable(Map<String, Set<String>> allowed) {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z][\\w.]*)`\\s*\\|.*\\|([^|]*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`([\\w.]+)`");
    private static final String EVERYTHING = "*";
    private static final String BELOW_CLI = "*-cli";

    static PackageTable parse(String markdown) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            String deps = row.group(2).strip();
            Set<String> names = new TreeSet<>();
            if (deps.startsWith("everything below")) {
                names.add(BELOW_CLI);
            } else if (deps.startsWith("everything")) {
                names.add(EVERYTHING);
            } else {
                Matcher m = NAME.matcher(deps);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
            allowed.put(row.group(1), names);
        }
        if (allowed.isEmpty()) {
            throw new IllegalStateException("no package table found");
        }
        return new PackageTable(allowed);
    }

    Set<String> rows() {
        return allowed.keySet();
    }

    /** The row a package (e.g. {@code io.jplay.module.builtin}) belongs to, or null when none. */
    String rowOf(String packageName) {
        String rel = packageName.startsWith("io.jplay.") ? packageName.substring("io.jplay.".length()) : packageName;
        String best = null;
        for (String row : allowed.keySet()) {
            if ((rel.equals(row) || rel.startsWith(row + ".")) && (best == null || row.length() > best.length())) {
                best = row;
            }
        }
        return best;
    }

    boolean allows(String row, SourceFile.Reference ref) {
        String target = rowOf(ref.packageName());
        if (row.equals(target)) {
            return true;
        }
        Set<String> names = allowed.get(row);
        if (names.contains(EVERYTHING) || names.contains(BELOW_CLI) && target != null && !target.equals("cli")) {
            return target != null;
        }
        return target != null && (names.contains(target) || names.contains(target + "." + ref.topLevelClass()));
    }

    String describe(String row) {
        Set<String> names = allowed.get(row);
        if (names.contains(EVERYTHING)) {
            return "everything";
        }
        if (names.contains(BELOW_CLI)) {
            return "everything below cli";
        }
        List<String> list = new ArrayList<>(names);
        return list.isEmpty() ? "nothing of jplay" : "only " + list;
    }
}
