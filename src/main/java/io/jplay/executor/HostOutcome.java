package io.jplay.executor;

import io.jplay.result.TaskResult;

/**
 * How a task ended on one host.
 *
 * @param ignored a failure or unreachability that {@code ignore_errors}/{@code ignore_unreachable} covers
 * @param delegatedTo the host the task was delegated to, or {@code null}
 */
record HostOutcome(String host, String delegatedTo, TaskResult result, boolean ignored, boolean noLog) {

    boolean hostFailed() {
        return !ignored && (result.failed() || result.unreachable());
    }
}
