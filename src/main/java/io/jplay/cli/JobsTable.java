package io.jplay.cli;

import io.jplay.output.RunListener;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Renders {@code jplay jobs}: one line per job file, host by host; failures as the minimal callback words them. */
final class JobsTable implements RunListener {
    private static final String FORMAT = "%-20s %-24s %-9s %8s %-7s %s%n";
    private final PrintStream out;
    private final PrintStream err;
    private boolean header;

    JobsTable(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void hostResult(HostResult r) {
        Map<String, Object> values = r.result().values();
        if (r.result().unreachable() || r.result().failed()) {
            err.println(r.host() + " | " + (r.result().unreachable() ? "UNREACHABLE" : "FAILED") + ": "
                    + values.get("msg"));
            return;
        }
        if (!header) {
            out.printf(FORMAT, "HOST", "JID", "STATE", "AGE", "ALIVE", "RC");
            header = true;
        }
        if (values.get("removed") instanceof List<?> removed) {
            for (Object jid : removed) {
                out.printf(FORMAT, r.host(), jid, "removed", "", "", "");
            }
        }
        if (values.get("jobs") instanceof List<?> jobs) {
            for (Object o : jobs) {
                if (o instanceof Map<?, ?> job) {
                    boolean running = "running".equals(job.get("state"));
                    out.printf(FORMAT, r.host(), job.get("jid"), job.get("state"), age(job.get("age")),
                            running ? job.get("alive") : "-", job.get("rc") == null ? "-" : job.get("rc"));
                }
            }
        }
    }

    @Override
    public void warning(String message) {
        err.println("[WARNING]: " + message);
    }

    private static String age(Object seconds) {
        long s = seconds instanceof Number n ? n.longValue() : 0;
        if (s >= 86400) {
            return s / 86400 + "d";
        }
        if (s >= 3600) {
            return s / 3600 + "h";
        }
        if (s >= 60) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
