package io.jplay.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/** The differences between Ansible's and jplay's flattened documents, one line per path. */
final class CaseDiff {
    static final String ABSENT = "<absent>";

    private CaseDiff() {
    }

    static List<String> between(SortedMap<String, String> ansible, SortedMap<String, String> jplay) {
        TreeSet<String> paths = new TreeSet<>(ansible.keySet());
        paths.addAll(jplay.keySet());
        List<String> lines = new ArrayList<>();
        for (String path : paths) {
            String a = ansible.getOrDefault(path, ABSENT);
            String j = jplay.getOrDefault(path, ABSENT);
            if (!a.equals(j)) {
                lines.add(path + ": ansible=" + a + " jplay=" + j);
            }
        }
        return lines;
    }
}
