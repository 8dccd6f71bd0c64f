package io.jplay.cli;

import io.jplay.executor.PlaybookExecutor;
import io.jplay.playbook.Playbook;
import io.jplay.slice.HostSlice;
import io.jplay.slice.SliceSafety;
import java.util.List;
import java.util.Set;

/**
 * {@code --slice I/N} and {@code --slice-unsafe}: narrows a run to its slice of the hosts it selects,
 * after refusing playbooks whose result would depend on hosts of other slices.
 */
final class Slicing {
    private final Session session;

    Slicing(Session session) {
        this.session = session;
    }

    /** The slice asked for, or {@code null} without {@code --slice}. */
    HostSlice slice() throws CliException {
        if (session.cmd.slice == null) {
            if (session.cmd.sliceUnsafe) {
                throw new CliException("--slice-unsafe is only meaningful with --slice", ExitCodes.OPTIONS);
            }
            return null;
        }
        try {
            return HostSlice.parse(session.cmd.slice, session.env);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), ExitCodes.OPTIONS);
        }
    }

    /** Restricts {@code executor} to the slice (a no-op without {@code --slice}). */
    void apply(PlaybookExecutor executor, List<Playbook> playbooks) throws CliException {
        HostSlice slice = slice();
        if (slice == null) {
            return;
        }
        Set<String> selected = executor.selectedHosts(playbooks);
        Set<String> members = slice.members(selected);
        // hosts are dealt round-robin, so they fill more than one slice unless there is one of either
        boolean spread = slice.count() > 1 && selected.size() > 1;
        List<String> problems = SliceSafety.problems(playbooks, spread);
        if (!problems.isEmpty() && !session.cmd.sliceUnsafe) {
            StringBuilder text = new StringBuilder("--slice " + slice
                    + ": this run cannot be sliced without changing its result:");
            problems.forEach(p -> text.append("\n  - ").append(p));
            text.append("\nRun it without --slice, or add --slice-unsafe to slice it anyway.");
            throw new CliException(text.toString(), ExitCodes.ERROR);
        }
        executor.restrictedTo(members);
    }
}
