package io.jplay.executor;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code --tags} and {@code --skip-tags}, with {@code always}, {@code never}, {@code tagged}, {@code untagged} and {@code all}. */
final class TagFilter {
    private final Set<String> only;
    private final Set<String> skip;
    private final boolean skipOnly;

    /** @param only the {@code --tags} (none: {@code all}) */
    TagFilter(Set<String> only, Set<String> skip) {
        this(only.isEmpty() ? Set.of("all") : only, skip, false);
    }

    private TagFilter(Set<String> only, Set<String> skip, boolean skipOnly) {
        this.only = only;
        this.skip = skip;
        this.skipOnly = skipOnly;
    }

    /**
     * This filter without its {@code --tags}: only {@code --skip-tags} can leave a task out. Ansible filters
     * a bare {@code include} so, which a {@code never} tag therefore does not hide.
     */
    TagFilter skipOnly() {
        return new TagFilter(only, skip, true);
    }

    boolean selects(List<String> taskTags) {
        Set<String> tags = new HashSet<>(taskTags);
        if (tags.isEmpty()) {
            tags.add("untagged");
        }
        boolean untagged = tags.equals(Set.of("untagged"));
        boolean run = false;
        if (skipOnly || tags.contains("always")) {
            run = true;
        } else if (only.contains("all") && !tags.contains("never")) {
            run = true;
        } else if (intersects(tags, only)) {
            run = true;
        } else if (only.contains("tagged") && !untagged && !tags.contains("never")) {
            run = true;
        }
        if (run && !skip.isEmpty()) {
            if (skip.contains("all")) {
                if (!tags.contains("always") || skip.contains("always")) {
                    run = false;
                }
            } else if (intersects(tags, skip)) {
                run = false;
            } else if (skip.contains("tagged") && !untagged) {
                run = false;
            }
        }
        return run;
    }

    private static boolean intersects(Set<String> a, Collection<String> b) {
        for (String s : b) {
            if (a.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
