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
            new Known("invocation", Pattern.compile("\\.invocation(\\.|$)"),
                    "results: copy/template `invocation.module_args` lack Ansible's internal arguments of its"
                    + " action plugin (`_original_basename`, the remote temp `src`)"));

    private SuiteWideDifferences() {
    }

    /** The known suite-wide difference a diff line belongs to, if any. */
    static Optional<Known> of(String diffLine) {
        String path = diffLine.substring(0, diffLine.indexOf(": ansible="));
        return ALL.stream().filter(k -> k.path().matcher(path).find()).findFirst();
    }
}
