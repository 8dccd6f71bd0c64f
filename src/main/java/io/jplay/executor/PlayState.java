package io.jplay.executor;

import io.jplay.inventory.Host;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which hosts of one {@code serial} batch are still going, and which handlers they notified. Used from one
 * thread. {@code removed} is Ansible's {@code play._removed_hosts} of the batch's copy of the play: the hosts
 * that failed in earlier plays and batches, and those of this batch that failed (until rescued), were
 * unreachable or ended, which {@code ansible_play_hosts} and
 * {@code ansible_play_batch} leave out. Hosts that failed in an earlier play are in the batch but never run.
 */
final class PlayState {
    private final List<Host> hosts;
    private final Set<String> failed = new HashSet<>();
    private final Set<String> unreachable = new HashSet<>();
    private final Set<String> ended = new HashSet<>();
    /** Failed hosts running an {@code always} section, failed again after it unless their errors are cleared. */
    private final Set<String> suspended = new HashSet<>();
    private final Set<String> failedBefore;
    private final Set<String> removed;
    private final Map<String, Set<String>> notified = new LinkedHashMap<>();
    private final Map<io.jplay.playbook.Task, Set<String>> notifiedHandlers = new java.util.IdentityHashMap<>();
    private boolean over;
    private boolean playEnded;
    private boolean broken;

    PlayState(List<Host> hosts) {
        this(hosts, Set.of(), new HashSet<>());
    }

    /**
     * @param failedBefore the batch's hosts that failed or were unreachable in an earlier play
     * @param removed the hosts removed so far, updated as hosts fail, recover or end
     */
    PlayState(List<Host> hosts, Set<String> failedBefore, Set<String> removed) {
        this.hosts = List.copyOf(hosts);
        this.failedBefore = new HashSet<>(failedBefore);
        this.removed = removed;
    }

    List<Host> hosts() {
        return hosts;
    }

    /** The hosts among {@code candidates} that still run tasks. */
    List<Host> live(List<Host> candidates) {
        List<Host> live = new ArrayList<>();
        if (over) {
            return live;
        }
        for (Host h : candidates) {
            if (isLive(h.name())) {
                live.add(h);
            }
        }
        return live;
    }

    boolean isLive(String host) {
        return !over && !failed.contains(host) && !unreachable.contains(host) && !ended.contains(host)
                && !failedBefore.contains(host);
    }

    void fail(String host) {
        failed.add(host);
        removed.add(host);
    }

    /** A rescue block takes the host's failure: it is back in the play. */
    void rescue(String host) {
        failed.remove(host);
        removed.remove(host);
    }

    /** An always block runs for a failed host, which stays removed and fails again after it. */
    void suspendFailure(String host) {
        failed.remove(host);
        suspended.add(host);
    }

    /** The end of an {@code always} section: a suspended failure counts again, unless it was cleared meanwhile. */
    void resumeFailure(String host) {
        if (suspended.remove(host)) {
            fail(host);
        }
    }

    boolean failed(String host) {
        return failed.contains(host);
    }

    void unreachable(String host) {
        unreachable.add(host);
        removed.add(host);
    }

    /** {@code meta: end_host}. */
    void end(String host) {
        ended.add(host);
        removed.add(host);
    }

    /** {@code meta: end_batch}: no host of this batch runs another task; the next batch runs. */
    void endBatch() {
        over = true;
    }

    /** {@code meta: end_play}, {@code any_errors_fatal}, {@code max_fail_percentage}: no later batch runs either. */
    void endPlay() {
        over = true;
        playEnded = true;
    }

    /** {@code any_errors_fatal} or {@code max_fail_percentage}: Ansible's RUN_FAILED_BREAK_PLAY, no later play runs. */
    void breakPlay() {
        endPlay();
        broken = true;
    }

    boolean playEnded() {
        return playEnded;
    }

    /** No later play runs: the play was broken, or the whole batch failed. */
    boolean breaksPlaybook() {
        return broken || wholeBatchFailed();
    }

    boolean removed(String host) {
        return removed.contains(host);
    }

    boolean over() {
        return over;
    }

    /**
     * {@code meta: clear_host_errors}: the batch's hosts are no longer failed or unreachable, for the recap's
     * exit code and the next plays, including those that failed in an earlier play. A failed host runs no further
     * task in this play and stays removed, as in Ansible; one whose failure an {@code always} section suspended
     * (the section ran the meta task) goes on after the section. Returns the hosts whose earlier failure is cleared.
     */
    Set<String> clearErrors() {
        // a host in an always section is still running: it goes on after the section, as Ansible's cleared fail state
        suspended.clear();
        for (Host h : hosts) {
            if (failed.remove(h.name()) | unreachable.remove(h.name())) {
                ended.add(h.name());
            }
        }
        return Set.copyOf(failedBefore);
    }

    Set<String> failedHosts() {
        return failed;
    }

    Set<String> unreachableHosts() {
        return unreachable;
    }

    /**
     * Every host of the batch failed or was unreachable in it (hosts that failed in an earlier play do not
     * count, yet the batch's size does): Ansible runs no later batch.
     */
    boolean wholeBatchFailed() {
        long count = hosts.stream().filter(h -> failed.contains(h.name()) || unreachable.contains(h.name())).count();
        return count == hosts.size();
    }

    /** The batch's hosts not removed from the play: {@code ansible_play_batch}. */
    List<String> batchNames() {
        return hosts.stream().map(Host::name).filter(h -> !removed.contains(h)).toList();
    }

    void notify(String handler, String host) {
        notified.computeIfAbsent(handler, k -> new LinkedHashSet<>()).add(host);
    }

    /** {@code host} notified this very handler (the one its name chose). */
    void notify(io.jplay.playbook.Task handler, String host) {
        notifiedHandlers.computeIfAbsent(handler, k -> new LinkedHashSet<>()).add(host);
    }

    /** Takes every pending notification: handler name or topic → the hosts that notified it. */
    Map<String, Set<String>> takeAllNotified() {
        Map<String, Set<String>> all = new LinkedHashMap<>(notified);
        notified.clear();
        return all;
    }

    /** Takes every pending notification of a handler chosen by its name → the hosts that notified it. */
    Map<io.jplay.playbook.Task, Set<String>> takeNotifiedHandlers() {
        Map<io.jplay.playbook.Task, Set<String>> all = new java.util.IdentityHashMap<>(notifiedHandlers);
        notifiedHandlers.clear();
        return all;
    }

    boolean anyNotified() {
        return !notified.isEmpty() || !notifiedHandlers.isEmpty();
    }
}
