package io.jplay.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code jplay jobs [PATTERN] [-i INV] [--cleanup [--older-than AGE]]}: lists the async job files
 * on the hosts (jid, state, age, whether the job is alive, rc) and removes finished ones, so that
 * {@code ~/.ansible_async} never fills up.
 */
final class JobsMode {
    private final Session session;

    JobsMode(Session session) {
        this.session = session;
    }

    int run() throws CliException, InterruptedException {
        JplayCommand cmd = session.cmd;
        if (cmd.positional.size() > 2) {
            throw new CliException("Extraneous options or arguments", ExitCodes.OPTIONS);
        }
        String pattern = cmd.positional.size() == 2 ? cmd.positional.get(1) : "all";
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("cleanup", cmd.cleanup);
        args.put("older_than", cmd.olderThan == null ? "0" : cmd.olderThan);
        session.useListener(new JobsTable(session.terminal.out(), session.terminal.err()));
        return new AdHocMode(session).execute(pattern, "jplay_jobs", args, 0, 0);
    }
}
