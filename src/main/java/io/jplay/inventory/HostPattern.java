package io.jplay.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host pattern grammar shared by {@code hosts:} and {@code --limit}: terms separated by
 * {@code ,} (or {@code :} when the whole pattern is not one host address), each optionally
 * prefixed by {@code &} (intersection) or {@code !} (exclusion). Stateless.
 */
public final class HostPattern {
    private static final Pattern TERM = Pattern.compile("(?:[^\\s:\\[\\]]|\\[[^\\]]*\\])+");
    private static final Pattern SINGLE_ADDRESS = Pattern.compile(
            "^(?:\\[[^\\]]+\\]:\\d+|(?:[^:\\[\\]\\s]|\\[[^\\]]*\\])+(?::\\d+)?)$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]+$");
    private static final Pattern SUBSCRIPT = Pattern.compile("^(.+)\\[(?:(-?[0-9]+)|([0-9]+)([:-])([0-9]*))\\]$");

    /** A term with its optional {@code [start]} / {@code [start:end]} subscript split off. */
    record Subscript(String expression, Integer start, Integer end) {
    }

    private HostPattern() {
    }

    /**
     * Splits a pattern into terms as Ansible's split_host_pattern: commas when present, otherwise
     * the whole text when it is a single host address (IPv6, {@code host:port}, {@code [x:y]}
     * ranges), otherwise colons outside brackets. Blank terms are dropped.
     */
    public static List<String> split(String pattern) {
        String p = pattern.strip();
        List<String> terms = new ArrayList<>();
        if (p.indexOf(',') >= 0) {
            for (String t : p.split(",", -1)) {
                addTerm(terms, t);
            }
        } else if (SINGLE_ADDRESS.matcher(p).matches() || isIpv6(p)) {
            addTerm(terms, p);
        } else {
            Matcher m = TERM.matcher(p);
            while (m.find()) {
                addTerm(terms, m.group());
            }
        }
        return terms;
    }

    /** Splits each pattern in turn, as Ansible does for a list of patterns. */
    public static List<String> split(List<String> patterns) {
        List<String> out = new ArrayList<>();
        for (String p : patterns) {
            out.addAll(split(p));
        }
        return out;
    }

    /**
     * The terms of a {@code --limit} value: split like a pattern, with each {@code @file} term
     * replaced by the file's lines (stripped; relative to {@code cwd}).
     *
     * @throws InventoryException when an {@code @file} is missing or is a directory
     */
    public static List<String> limitTerms(String limit, Path cwd) {
        List<String> out = new ArrayList<>();
        for (String t : split(limit)) {
            if (!t.startsWith("@")) {
                out.add(t);
                continue;
            }
            Path file = cwd.resolve(t.substring(1));
            if (!Files.exists(file)) {
                throw new InventoryException("Unable to find limit file " + t.substring(1));
            }
            if (!Files.isRegularFile(file)) {
                throw new InventoryException("Limit starting with \"@\" must be a file, not a directory: " + t.substring(1));
            }
            try {
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
                    out.add(line.strip());
                }
            } catch (IOException e) {
                throw new InventoryException("Unable to read limit file " + file + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Plain terms first, then {@code &} terms, then {@code !} terms; {@code all} if no plain term. */
    static List<String> order(List<String> terms) {
        List<String> regular = new ArrayList<>();
        List<String> intersect = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        for (String t : terms) {
            if (t.isEmpty()) {
                continue;
            }
            if (t.charAt(0) == '!') {
                exclude.add(t);
            } else if (t.charAt(0) == '&') {
                intersect.add(t);
            } else {
                regular.add(t);
            }
        }
        if (regular.isEmpty()) {
            regular.add("all");
        }
        regular.addAll(intersect);
        regular.addAll(exclude);
        return regular;
    }

    static Subscript subscript(String term) {
        if (term.startsWith("~")) {
            return new Subscript(term, null, null);
        }
        Matcher m = SUBSCRIPT.matcher(term);
        if (!m.matches()) {
            return new Subscript(term, null, null);
        }
        if (m.group(2) != null) {
            return new Subscript(m.group(1), Integer.valueOf(m.group(2)), null);
        }
        int end = m.group(5).isEmpty() ? -1 : Integer.parseInt(m.group(5));
        return new Subscript(m.group(1), Integer.valueOf(m.group(3)), end);
    }

    private static boolean isIpv6(String p) {
        long colons = p.chars().filter(c -> c == ':').count();
        return IPV6.matcher(p).matches() && (p.contains("::") || colons == 7);
    }

    private static void addTerm(List<String> terms, String t) {
        String s = t.strip();
        if (!s.isEmpty()) {
            terms.add(s);
        }
    }
}
