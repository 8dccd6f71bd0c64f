package io.jplay.conformance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Differences from ansible-core that show up in (nearly) every case because of one jplay bug each. They are
 * listed here once, with the reason, instead of marking every case; the runner reports them (the generated
 * {@code docs/compatibility.md} counts and shows them) but does not fail on them. Any other difference in the
 * same case still counts. Remove an entry as soon as jplay is fixed: the suite then checks it everywhere.
 */
final class SuiteWideDifferences {
    record Known(String id, Pattern path, String reason) {
    }

    static final List<Known> ALL = List.of(
            new Known("play-path", Pattern.compile("^plays\\[[^\\]]*\\]\\.play\\.path$"),
                    "json callback: jplay writes an empty play `path`; Ansible writes `<playbook>:<line>` of the play"),
            new Known("task-path", Pattern.compile("\\.task\\.path$"),
                    "json callback: jplay writes task `path` as `<file>:<line>:<column>`; Ansible writes `<file>:<line>`"),
            new Known("invocation", Pattern.compile("\\.invocation(\\.|$)"),
                    "results: jplay's command/shell results lack `invocation.module_args` (Ansible's modules return it)"),
            new Known("loop-item-flags", Pattern.compile("\\.results\\[\\d+\\]\\._ansible_(item_label|no_log)(\\.|$)"),
                    "loop results: each item's result lacks `_ansible_item_label` and `_ansible_no_log`"));

    private SuiteWideDifferences() {
    }

    /** The known suite-wide difference a diff line belongs to, if any. */
    static Optional<Known> of(String diffLine) {
        String path = diffLine.substring(0, diffLine.indexOf(": ansible="));
        return ALL.stream().filter(k -> k.path().matcher(path).find()).findFirst();
    }
}
