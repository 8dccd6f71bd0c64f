package io.jplay.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a server process the tests started, and what it started, by their PIDs only. */
final class ProcessTree {
    private ProcessTree() {
    }

    /** SIGTERM to the process and its descendants, SIGKILL after 5 s; the children killed too when asked. */
    static void stop(Process process, boolean killChildren) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (killChildren) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
