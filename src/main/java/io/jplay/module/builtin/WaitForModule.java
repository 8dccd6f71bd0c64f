package io.jplay.module.builtin;

import io.jplay.clock.Sleeper;
import io.jplay.connection.ConnectionException;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code wait_for}: polls the target every {@code sleep} seconds until {@code timeout}. A {@code path}
 * is checked with {@code test -e} (and {@code cat} for {@code search_regex}); a {@code port} is checked
 * against the listening sockets in {@code /proc/net/tcp*}, so only ports on the target itself
 * (host 127.0.0.1, localhost, 0.0.0.0 or ::1) can be waited for; other hosts fail with a clear message.
 */
public final class WaitForModule implements Module {
    private static final List<String> CONNECTION_STATES = List.of("ESTABLISHED", "FIN_WAIT1", "FIN_WAIT2", "SYN_RECV",
            "SYN_SENT", "TIME_WAIT");
    private static final List<String> LOCAL_HOSTS = List.of("127.0.0.1", "localhost", "0.0.0.0", "::1", "::");
    private static final ArgSpec SPEC = ArgSpec.builder()
            .option("host", ArgType.STR, "127.0.0.1")
            .option("timeout", ArgType.INT, 300L)
            .option("connect_timeout", ArgType.INT, 5L)
            .option("delay", ArgType.INT, 0L)
            .option("port", ArgType.INT)
            .option(ArgOption.of("active_connection_states", ArgType.LIST).withDefault(CONNECTION_STATES)
                    .withElements(ArgType.STR))
            .option("path", ArgType.PATH)
            .option("search_regex", ArgType.STR)
            .option(ArgOption.of("state", ArgType.STR).withDefault("started")
                    .withChoices("absent", "drained", "present", "started", "stopped"))
            .option(ArgOption.of("exclude_hosts", ArgType.LIST).withElements(ArgType.STR))
            .option("sleep", ArgType.INT, 1L)
            .option("msg", ArgType.STR)
            .build();

    private final Sleeper sleeper;

    public WaitForModule() {
        this(Sleeper.system());
    }

    /** @param sleeper how the module waits between checks */
    public WaitForModule(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return "wait_for";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> p = SPEC.validate(ctx.moduleName("wait_for"), ctx.args());
        Map<String, Object> inv = ArgSpec.invocation(p);
        String path = (String) p.get("path");
        Long port = (Long) p.get("port");
        String state = (String) p.get("state");
        String host = (String) p.get("host");
        if (port != null && path != null) {
            throw fail("port and path parameter can not both be passed to wait_for", 0, inv);
        }
        if (path != null && state.equals("stopped")) {
            throw fail("state=stopped should only be used for checking a port in the wait_for module", 0, inv);
        }
        if (path != null && state.equals("drained")) {
            throw fail("state=drained should only be used for checking a port in the wait_for module", 0, inv);
        }
        if (port != null && !LOCAL_HOSTS.contains(host)) {
            throw fail("jplay's wait_for checks ports through /proc/net/tcp on the target, so host must be the target"
                    + " itself (127.0.0.1), not " + host, 0, inv);
        }
        Pattern regex = p.get("search_regex") == null ? null : LineEdit.pattern((String) p.get("search_regex"));
        long start = System.nanoTime();
        pause((Long) p.get("delay"));
        long deadline = start + (Long) p.get("timeout") * 1_000_000_000L;
        String msg = (String) p.get("msg");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("changed", false);
        if (path == null && port == null) {
            pause((Long) p.get("timeout"));
        } else {
            boolean wantPresent = state.equals("started") || state.equals("present");
            Matcher found = null;
            while (true) {
                Poll poll = port != null ? new Poll(listening(ctx, port), null) : pathPoll(ctx, path, regex);
                if (poll.present() == wantPresent) {
                    found = poll.match();
                    break;
                }
                if (System.nanoTime() >= deadline) {
                    String what = port != null
                            ? (wantPresent ? "Timeout when waiting for " + host + ":" + port
                                    : "Timeout when waiting for " + host + ":" + port + " to stop.")
                            : (wantPresent ? (regex != null ? "Timeout when waiting for search string " + p.get("search_regex")
                                    + " in " + path : "Timeout when waiting for file " + path)
                                    : "Timeout when waiting for " + path + " to be absent.");
                    throw fail(msg != null ? msg : what, elapsed(start), inv);
                }
                pause((Long) p.get("sleep"));
            }
            if (found != null) {
                List<Object> groups = new ArrayList<>();
                for (int i = 1; i <= found.groupCount(); i++) {
                    groups.add(found.group(i));
                }
                r.put("match_groups", groups);
            }
        }
        r.put("elapsed", elapsed(start));
        r.putIfAbsent("match_groups", new ArrayList<>());
        r.put("match_groupdict", new LinkedHashMap<>());
        r.put("path", path);
        r.put("port", port);
        r.put("search_regex", p.get("search_regex"));
        r.put("state", state);
        if (path != null) {
            FileModule.addPathInfo(r, RemoteFiles.stat(ctx, path, true, null));
        }
        r.put("invocation", inv);
        return r;
    }

    private record Poll(boolean present, Matcher match) {
    }

    private static Poll pathPoll(ModuleContext ctx, String path, Pattern regex) throws ConnectionException {
        String q = FileModule.q(path);
        if (regex == null) {
            String out = RemoteFiles.exec(ctx, "if [ -e " + q + " ]; then echo yes; fi").stdoutText();
            return new Poll(out.strip().equals("yes"), null);
        }
        var exec = RemoteFiles.exec(ctx, "cat -- " + q);
        if (exec.rc() != 0) {
            return new Poll(false, null);
        }
        Matcher m = regex.matcher(exec.stdoutText());
        return m.find() ? new Poll(true, m) : new Poll(false, null);
    }

    /** Whether a socket listens on {@code port} on the target, read from {@code /proc/net/tcp} and {@code tcp6}. */
    static boolean listening(ModuleContext ctx, long port) throws ConnectionException {
        String out = RemoteFiles.exec(ctx, "cat /proc/net/tcp /proc/net/tcp6 2>/dev/null").stdoutText();
        return listening(out, port);
    }

    static boolean listening(String procNetTcp, long port) {
        String hexPort = String.format(":%04X", port);
        for (String line : procNetTcp.lines().toList()) {
            String[] f = line.strip().split("\\s+");
            if (f.length > 3 && f[1].toUpperCase().endsWith(hexPort) && f[3].equals("0A")) {
                return true;
            }
        }
        return false;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }

    private void pause(long seconds) throws ModuleException {
        try {
            sleeper.sleep(Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleException("interrupted");
        }
    }

    private static ModuleException fail(String msg, long elapsed, Map<String, Object> invocation) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("elapsed", elapsed);
        extra.put("invocation", invocation);
        return new ModuleException(msg, extra);
    }
}
