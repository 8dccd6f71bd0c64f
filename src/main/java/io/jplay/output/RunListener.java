package io.jplay.output;

import io.jplay.result.TaskResult;
import java.util.List;
import java.util.Map;

/**
 * Everything the executor reports while it runs, as typed events. Every method has a no-op
 * default. The executor calls a listener from one thread at a time, in a stable order (for one
 * task, hosts in inventory order), so renderers never interleave.
 */
public interface RunListener {

    default void playbookStart(String playbookPath) {
    }

    default void playStart(PlayStart play) {
    }

    default void noHostsMatched() {
    }

    default void noHostsRemaining() {
    }

    default void taskStart(TaskStart task) {
    }

    /** A task ended on one host (for a loop: after every item, with the aggregated result). */
    default void hostResult(HostResult result) {
    }

    /**
     * The task ran in diff mode ({@code --diff} or {@code diff: true}) and {@code result} has a {@code diff}
     * key. Sent just before {@link #hostResult} for the same result; for a loop, once per item that has a
     * diff (that item's result, {@code loop} false) just before its {@link #itemResult}, as Ansible does.
     */
    default void fileDiff(HostResult result) {
    }

    /** One loop item ended on one host. */
    default void itemResult(ItemResult result) {
    }

    /** {@code until} did not hold yet; {@code retriesLeft} attempts remain. */
    default void retrying(Retry retry) {
    }

    default void asyncPoll(AsyncEvent event) {
    }

    default void asyncOk(AsyncEvent event) {
    }

    default void asyncFailed(AsyncEvent event) {
    }

    /** {@code include_tasks} loaded a file for these hosts. */
    default void included(Included included) {
    }

    default void handlerNotified(String handler, String host) {
    }

    default void warning(String message) {
    }

    /**
     * A warning a task's worker shows: each of Ansible's worker processes keeps its own record of the warnings
     * shown, so the same text appears again for every host and task that gives it.
     */
    default void workerWarning(String message) {
        warning(message);
    }

    /** An error Ansible shows without stopping ({@code [ERROR]: ...}), e.g. an inventory script's stderr. */
    default void error(String message) {
    }

    /**
     * An error Ansible shows unwrapped, {@code ERROR! message} on stderr, without stopping the run
     * (an {@code include_role} whose role cannot be found fails its hosts this way).
     */
    default void errorUnwrapped(String message) {
    }

    /** A line an action shows on the terminal while it runs ({@code pause}'s "Pausing for N seconds"). */
    default void display(String line) {
    }

    /** A banner line Ansible's display shows whatever the callback ({@code --step}'s answered question). */
    default void banner(String text) {
    }

    /** A deprecation without version or date ("will be removed in a future release"). */
    default void deprecation(String message) {
    }

    /** A deprecation with its removal version or date; renderers format it as Ansible does. */
    default void deprecated(Deprecation deprecation) {
    }

    /** A line at a verbosity level ({@code -v} is 1); renderers print it only at that level or above. */
    default void verbose(int level, String message) {
    }

    default void stats(RunStats stats) {
    }

    default void playbookEnd() {
    }

    /**
     * A play begins. {@code name} is already templated; {@code hosts} the selected hosts;
     * {@code path} is {@code file:line} of the play (or {@code null}; the json callback prints it).
     */
    record PlayStart(String name, List<String> hosts, boolean checkMode, String path) {
        public PlayStart(String name, List<String> hosts, boolean checkMode) {
            this(name, hosts, checkMode, null);
        }
    }

    /** A task (or handler) begins. {@code name} is the templated name, or the action when unnamed. */
    record TaskStart(String name, String action, boolean handler, String path, Map<String, Object> args,
            boolean checkMode) {
    }

    /**
     * @param host the inventory host
     * @param delegatedTo the delegated host name, or {@code null}
     * @param taskName the task's display name
     * @param action the module
     * @param result the result
     * @param ignored the failure was ignored ({@code ignore_errors}/{@code ignore_unreachable})
     * @param noLog the result must be censored
     * @param loop whether the task had a loop (the host line then carries no item)
     */
    record HostResult(String host, String delegatedTo, String taskName, String action, TaskResult result,
            boolean ignored, boolean noLog, boolean loop) {
    }

    /** One loop item's result; {@code label} is the rendered {@code loop_control.label} or the item. */
    record ItemResult(String host, String delegatedTo, String taskName, String action, Object label,
            TaskResult result, boolean noLog) {
    }

    /**
     * An included task file and the hosts it was loaded for.
     *
     * @param item the loop item, or {@code null} for an include without a loop
     * @param label the rendered {@code loop_control.label} (the item when unset), or {@code null}
     * @param noLog the include is {@code no_log}: neither item nor label may be shown
     */
    record Included(String file, List<String> hosts, Object item, Object label, boolean noLog) {
        public Included {
            hosts = List.copyOf(hosts);
        }

        /** An include without a loop or {@code no_log}. */
        public Included(String file, List<String> hosts) {
            this(file, hosts, null, null, false);
        }
    }

    record Retry(String host, String taskName, int retriesLeft, TaskResult result) {
    }

    /**
     * A deprecation notice: {@code msg} plus an optional removal {@code version} or {@code date} and the
     * {@code collectionName} it comes from ({@code ansible.builtin} prints as {@code ansible-core}).
     */
    record Deprecation(String msg, String version, String date, String collectionName) {
        /** Ansible's full text, e.g. {@code [DEPRECATION WARNING]: x. This feature will be removed ...}. */
        public String message() {
            String text = msg == null ? "" : msg.strip();
            if (!text.isEmpty() && "!?.".indexOf(text.charAt(text.length() - 1)) < 0) {
                text += ".";
            }
            String collection = "ansible.builtin".equals(collectionName) ? "ansible-core" : collectionName;
            StringBuilder sb = new StringBuilder("[DEPRECATION WARNING]: ").append(text)
                    .append(" This feature will be removed");
            if (collection != null && !collection.isEmpty()) {
                sb.append(" from ").append(collection);
            }
            if (date != null && !date.isEmpty()) {
                sb.append(" in a release after ").append(date).append('.');
            } else if (version != null && !version.isEmpty()) {
                sb.append(" in version ").append(version).append('.');
            } else {
                sb.append(" in a future release.");
            }
            return sb.append(" Deprecation warnings can be disabled by setting deprecation_warnings=False in ansible.cfg.")
                    .toString();
        }
    }

    /** An async job event; {@code started}/{@code finished} as the status check reported them. */
    record AsyncEvent(String host, String jid, Object started, Object finished, TaskResult result) {
    }
}
