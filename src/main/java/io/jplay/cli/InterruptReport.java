package io.jplay.cli;

import io.jplay.async.ActiveJobs;
import io.jplay.connection.ShellQuote;
import java.io.PrintStream;
import java.util.List;

/**
 * What Ctrl-C prints: Ansible's {@code  [ERROR]: User interrupted execution}, then, per host, every
 * async job that was still being polled (they keep running on the targets) with the command that
 * checks it.
 */
final class InterruptReport {
    private InterruptReport() {
    }

    static void print(PrintStream err, List<ActiveJobs.ActiveJob> jobs, List<String> inventories) {
        // Ansible's display.error wraps "\n[ERROR]: ..." with textwrap, which turns the newline into a space
        err.println(" [ERROR]: User interrupted execution");
        if (jobs.isEmpty()) {
            return;
        }
        err.println("[WARNING]: these async jobs are still running on their hosts; check them with:");
        StringBuilder inventory = new StringBuilder();
        for (String i : inventories) {
            inventory.append(" -i ").append(ShellQuote.quote(i));
        }
        for (ActiveJobs.ActiveJob job : jobs) {
            String command = job.statusCommand().replaceFirst(" -m ", inventory + " -m ");
            err.println("  " + job.host() + ": " + job.jid() + "    " + command);
        }
    }
}
