package io.jplay.output;

import io.jplay.json.JsonWriter;
import java.util.Map;
import java.util.Set;

/**
 * Ansible's {@code _dump_results}: the clean result without internal keys, {@code exception}, and (below
 * {@code -vvv}) {@code invocation}/{@code diff}, as sorted JSON with non-ASCII kept; indented by 4 for
 * results that ask to be verbose, and at {@code -vvv}.
 */
final class ResultDumper {
    private final int verbosity;

    ResultDumper(int verbosity) {
        this.verbosity = verbosity;
    }

    String dump(Map<String, Object> result) {
        return dump(result, -1);
    }

    /** @param indent the caller's indent, or -1 for none ({@code 0} counts as none, as in Python) */
    String dump(Map<String, Object> result, int indent) {
        int effective = indent;
        if (indent <= 0 && (Boolean.TRUE.equals(result.get("_ansible_verbose_always")) || verbosity > 2)) {
            effective = 4;
        }
        Map<String, Object> abridged = CleanResult.copyMap(result);
        CleanResult.stripInternal(abridged, Set.of());
        if (verbosity < 3) {
            abridged.remove("invocation");
            abridged.remove("diff");
        }
        abridged.remove("exception");
        return JsonWriter.python().sortKeys(true).ensureAscii(false).indent(effective).write(abridged);
    }

    /** Whether a result is shown with its JSON ({@code _run_is_verbose}). */
    boolean isVerbose(Map<String, Object> clean, int threshold) {
        boolean verbose = verbosity > threshold || Boolean.TRUE.equals(clean.get("_ansible_verbose_always"));
        return verbose && !Boolean.TRUE.equals(clean.get("_ansible_verbose_override"));
    }
}
