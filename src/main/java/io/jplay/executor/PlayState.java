package io.jplay.executor;

import io.jplay.inventory.Host;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which hosts of a play are still going, and which handlers they notified. Used from one thread. */
final class PlayState {
    private final List<Host> hosts;
    private final Set<String> failed = new HashSet<>();
    private final Set<String> unreachable = new HashSet<>();
    private final Set<String> ended = new HashSet<>();
    private final Map<String, Set<String>> notified = new LinkedHashMap<>();
    private final Map<io.jplay.playbook.Task, Set<String>> notifiedHandlers = new java.util.IdentityHashMap<>();
    private boolean over;

    PlayState(List<Host> hosts) {
        this.hosts = List.copyOf(hosts);
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
        return !over && !failed.contains(host) && !unreachable.contains(host) && !ended.contains(host);
    }

    void fail(String host) {
        failed.add(host);
    }

    void rescue(String host) {
        failed.remove(host);
    }

    boolean failed(String host) {
        return failed.contains(host);
    }

    void unreachable(String host) {
        unreachable.add(host);
    }

    void end(String host) {
        ended.add(host);
    }

    void endPlay() {
        over = true;
    }

    boolean over() {
        return over;
    }

    void clearErrors() {
        failed.clear();
    }

    Set<String> failedHosts() {
        return failed;
    }

    Set<String> unreachableHosts() {
        return unreachable;
    }

    /** True when no host of the play can run another task. */
    boolean noHostsLeft() {
        for (Host h : hosts) {
            if (isLive(h.name())) {
                return false;
            }
        }
        return true;
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
