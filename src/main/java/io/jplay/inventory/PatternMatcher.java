package io.jplay.inventory;

import io.jplay.python.PyFnmatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Evaluates split host-pattern terms against an inventory, as Ansible's InventoryManager:
 * plain terms are unioned in the order given (each term's hosts in group order), then
 * {@code &} terms intersect and {@code !} terms exclude.
 */
final class PatternMatcher {
    private final LoadedInventory inv;

    PatternMatcher(LoadedInventory inv) {
        this.inv = inv;
    }

    List<Host> evaluate(List<String> terms, Consumer<String> warnings) {
        List<Host> hosts = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (String term : HostPattern.order(terms)) {
            Host plain = inv.realHost(term);
            if (plain != null) {
                if (present.add(term)) {
                    hosts.add(plain);
                }
                continue;
            }
            List<Host> matched = matchTerm(term, warnings);
            char op = term.charAt(0);
            if (op == '!' || op == '&') {
                // Ansible compares against the de-duplicated match, in either case

                Set<Host> that = new HashSet<>(matched);
                hosts.removeIf(h -> that.contains(h) == (op == '!'));
                present.clear();
                hosts.forEach(h -> present.add(h.name()));
            } else {
                for (Host h : matched) {
                    if (present.add(h.name())) {
                        hosts.add(h);
                    }
                }
            }
        }
        return List.copyOf(hosts);
    }

    private List<Host> matchTerm(String term, Consumer<String> warnings) {
        String pattern = term.charAt(0) == '&' || term.charAt(0) == '!' ? term.substring(1) : term;
        HostPattern.Subscript sub = HostPattern.subscript(pattern);
        List<Host> hosts = enumerate(sub.expression(), warnings);
        if (sub.start() == null || hosts.isEmpty()) {
            return hosts;
        }
        return applySubscript(hosts, sub, pattern);
    }

    private static List<Host> applySubscript(List<Host> hosts, HostPattern.Subscript sub, String pattern) {
        int n = hosts.size();
        int start = sub.start();
        Integer end = sub.end();
        if (end == null || end == 0) {
            int idx = start < 0 ? n + start : start;
            if (idx < 0 || idx >= n) {
                throw new InventoryException("No hosts matched the subscripted pattern '" + pattern + "'");
            }
            return List.of(hosts.get(idx));
        }
        int last = end == -1 ? n - 1 : end;
        int from = Math.min(start, n);
        int to = Math.min(last + 1, n);
        return from >= to ? List.of() : List.copyOf(hosts.subList(from, to));
    }

    private List<Host> enumerate(String pattern, Consumer<String> warnings) {
        List<Host> results = new ArrayList<>();
        boolean special = pattern.startsWith("~") || pattern.contains(".") || pattern.contains("?")
                || pattern.contains("*") || pattern.contains("[");
        List<String> matchingGroups = matchNames(inv.groups().keySet(), pattern);
        for (String g : matchingGroups) {
            results.addAll(inv.hostsOfGroup(g));
        }
        if (matchingGroups.isEmpty() || special) {
            List<String> names = new ArrayList<>();
            inv.hosts().forEach(h -> names.add(h.name()));
            for (String name : matchNames(names, pattern)) {
                results.add(inv.realHost(name));
            }
        }
        if (results.isEmpty() && LoadedInventory.LOCALHOST_NAMES.contains(pattern)) {
            results.add(inv.implicitHost(pattern));
        }
        if (results.isEmpty() && matchingGroups.isEmpty() && !pattern.equals("all")) {
            warnings.accept("Could not match supplied host pattern, ignoring: " + pattern);
        }
        return results;
    }

    private static List<String> matchNames(Iterable<String> names, String pattern) {
        List<String> out = new ArrayList<>();
        boolean isRegex = pattern.startsWith("~");
        if (!isRegex && pattern.chars().noneMatch(c -> c == '*' || c == '?' || c == '[')) {
            for (String n : names) {
                if (n.equals(pattern)) {
                    out.add(n);
                }
            }
            return out;
        }
        Pattern re;
        try {
            re = isRegex ? Pattern.compile(pattern.substring(1)) : PyFnmatch.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InventoryException("Invalid host list pattern: " + pattern);
        }
        for (String n : names) {
            if (isRegex ? re.matcher(n).lookingAt() : re.matcher(n).matches()) {
                out.add(n);
            }
        }
        return out;
    }
}
