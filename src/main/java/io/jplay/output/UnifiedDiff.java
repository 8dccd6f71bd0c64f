package io.jplay.output;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code difflib.unified_diff} (with {@code SequenceMatcher}'s longest-match blocks and its
 * "popular line" heuristic for inputs of 200+ lines), so diffs show the same hunks as Ansible's.
 * Lines keep their own line endings, as {@code splitlines(True)} gives them.
 */
final class UnifiedDiff {
    private record Match(int a, int b, int size) {
    }

    private record Opcode(char tag, int i1, int i2, int j1, int j2) {
    }

    private final List<String> a;
    private final List<String> b;
    private final Map<String, List<Integer>> b2j = new HashMap<>();

    private UnifiedDiff(List<String> a, List<String> b) {
        this.a = a;
        this.b = b;
        for (int j = 0; j < b.size(); j++) {
            b2j.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j);
        }
        if (b.size() >= 200) {
            int limit = b.size() / 100 + 1;
            Set<String> popular = new HashSet<>();
            b2j.forEach((line, idx) -> {
                if (idx.size() > limit) {
                    popular.add(line);
                }
            });
            popular.forEach(b2j::remove);
        }
    }

    static List<String> lines(List<String> a, List<String> b, String fromFile, String toFile, int context) {
        UnifiedDiff d = new UnifiedDiff(a, b);
        List<String> out = new ArrayList<>();
        for (List<Opcode> group : d.groupedOpcodes(context)) {
            if (out.isEmpty()) {
                out.add("--- " + fromFile + "\n");
                out.add("+++ " + toFile + "\n");
            }
            Opcode first = group.get(0);
            Opcode last = group.get(group.size() - 1);
            out.add("@@ -" + range(first.i1(), last.i2()) + " +" + range(first.j1(), last.j2()) + " @@\n");
            for (Opcode op : group) {
                if (op.tag() == 'e') {
                    a.subList(op.i1(), op.i2()).forEach(l -> out.add(" " + l));
                    continue;
                }
                if (op.tag() == 'r' || op.tag() == 'd') {
                    a.subList(op.i1(), op.i2()).forEach(l -> out.add("-" + l));
                }
                if (op.tag() == 'r' || op.tag() == 'i') {
                    b.subList(op.j1(), op.j2()).forEach(l -> out.add("+" + l));
                }
            }
        }
        return out;
    }

    private static String range(int start, int stop) {
        int beginning = start + 1;
        int length = stop - start;
        if (length == 1) {
            return Integer.toString(beginning);
        }
        if (length == 0) {
            beginning--;
        }
        return beginning + "," + length;
    }

    private Match longestMatch(int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j : b2j.getOrDefault(a.get(i), List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                next.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = next;
        }
        while (besti > alo && bestj > blo && a.get(besti - 1).equals(b.get(bestj - 1))) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi
                && a.get(besti + bestsize).equals(b.get(bestj + bestsize))) {
            bestsize++;
        }
        return new Match(besti, bestj, bestsize);
    }

    private List<Match> matchingBlocks() {
        List<Match> blocks = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.size(), 0, b.size()});
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            Match m = longestMatch(q[0], q[1], q[2], q[3]);
            if (m.size() > 0) {
                blocks.add(m);
                if (q[0] < m.a() && q[2] < m.b()) {
                    queue.push(new int[] {q[0], m.a(), q[2], m.b()});
                }
                if (m.a() + m.size() < q[1] && m.b() + m.size() < q[3]) {
                    queue.push(new int[] {m.a() + m.size(), q[1], m.b() + m.size(), q[3]});
                }
            }
        }
        blocks.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        List<Match> merged = new ArrayList<>();
        int i1 = 0;
        int j1 = 0;
        int k1 = 0;
        for (Match m : blocks) {
            if (i1 + k1 == m.a() && j1 + k1 == m.b()) {
                k1 += m.size();
            } else {
                if (k1 > 0) {
                    merged.add(new Match(i1, j1, k1));
                }
                i1 = m.a();
                j1 = m.b();
                k1 = m.size();
            }
        }
        if (k1 > 0) {
            merged.add(new Match(i1, j1, k1));
        }
        merged.add(new Match(a.size(), b.size(), 0));
        return merged;
    }

    private List<Opcode> opcodes() {
        List<Opcode> answer = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Match m : matchingBlocks()) {
            char tag = i < m.a() && j < m.b() ? 'r' : i < m.a() ? 'd' : j < m.b() ? 'i' : 0;
            if (tag != 0) {
                answer.add(new Opcode(tag, i, m.a(), j, m.b()));
            }
            i = m.a() + m.size();
            j = m.b() + m.size();
            if (m.size() > 0) {
                answer.add(new Opcode('e', m.a(), i, m.b(), j));
            }
        }
        return answer;
    }

    private List<List<Opcode>> groupedOpcodes(int n) {
        List<Opcode> codes = new ArrayList<>(opcodes());
        if (codes.isEmpty()) {
            codes.add(new Opcode('e', 0, 1, 0, 1));
        }
        Opcode first = codes.get(0);
        if (first.tag() == 'e') {
            codes.set(0, new Opcode('e', Math.max(first.i1(), first.i2() - n), first.i2(),
                    Math.max(first.j1(), first.j2() - n), first.j2()));
        }
        Opcode last = codes.get(codes.size() - 1);
        if (last.tag() == 'e') {
            codes.set(codes.size() - 1, new Opcode('e', last.i1(), Math.min(last.i2(), last.i1() + n), last.j1(),
                    Math.min(last.j2(), last.j1() + n)));
        }
        List<List<Opcode>> groups = new ArrayList<>();
        List<Opcode> group = new ArrayList<>();
        for (Opcode op : codes) {
            int i1 = op.i1();
            int j1 = op.j1();
            if (op.tag() == 'e' && op.i2() - i1 > 2 * n) {
                group.add(new Opcode('e', i1, Math.min(op.i2(), i1 + n), j1, Math.min(op.j2(), j1 + n)));
                groups.add(group);
                group = new ArrayList<>();
                i1 = Math.max(i1, op.i2() - n);
                j1 = Math.max(j1, op.j2() - n);
            }
            group.add(new Opcode(op.tag(), i1, op.i2(), j1, op.j2()));
        }
        if (!group.isEmpty() && !(group.size() == 1 && group.get(0).tag() == 'e')) {
            groups.add(group);
        }
        return Collections.unmodifiableList(groups);
    }
}
