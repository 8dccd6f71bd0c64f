package io.jplay.executor;

import java.util.LinkedHashSet;
import java.util.Set;

/** What carries over from play to play: hosts that failed or were unreachable, and {@code --start-at-task}. */
final class RunState {
    private final Set<String> failed = new LinkedHashSet<>();
    private final Set<String> unreachable = new LinkedHashSet<>();
    private String startAtTask;
    private boolean playBroken;
    private java.util.function.Predicate<String> inSlice = host -> true;

    RunState(String startAtTask) {
        this.startAtTask = startAtTask;
    }

    void failed(String host) {
        failed.add(host);
    }

    void unreachable(String host) {
        unreachable.add(host);
    }

    /** {@code meta: clear_host_errors}: the host no longer counts as failed or unreachable, and runs in later plays. */
    void clear(String host) {
        failed.remove(host);
        unreachable.remove(host);
    }

    /** A run state with this one's slice and no failures: to select every host of a play, failed ones too. */
    RunState withoutFailures() {
        RunState copy = new RunState(null);
        copy.inSlice = inSlice;
        return copy;
    }

    boolean excluded(String host) {
        return failed.contains(host) || unreachable.contains(host) || !inSlice.test(host);
    }

    /** {@code --slice}: hosts outside {@code members} take no part in any play of this run. */
    void restrictTo(Set<String> members) {
        Set<String> copy = Set.copyOf(members);
        inSlice = copy::contains;
    }

    boolean anyFailed() {
        return !failed.isEmpty() || playBroken;
    }

    /** {@code max_fail_percentage} was exceeded: the run ends with exit code 2 and no further play runs. */
    void breakPlay() {
        playBroken = true;
    }

    boolean anyUnreachable() {
        return !unreachable.isEmpty();
    }

    /** The {@code --start-at-task} pattern while no play has found its task; null otherwise. */
    String startAtTask() {
        return startAtTask;
    }

    void startAtTaskFound() {
        startAtTask = null;
    }
}
