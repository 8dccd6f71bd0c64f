package io.jplay.module.builtin;

import io.jplay.async.AsyncStatus;
import io.jplay.async.AsyncTaskRunner;
import io.jplay.connection.ConnectionException;
import io.jplay.module.BatchableModule;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code async_status}: reports on (mode {@code status}) or deletes (mode {@code cleanup}) an async
 * job's file. The async dir is the host's {@code ansible_async_dir} or the configured default, and
 * its {@code ~} is the become user's home, as for the wrapper. Reads job files written by Ansible too.
 */
public final class AsyncStatusModule implements BatchableModule {
    private static final Set<String> KNOWN = Set.of("jid", "mode", "_async_dir");
    private final String defaultAsyncDir;

    public AsyncStatusModule() {
        this(AsyncTaskRunner.DEFAULT_ASYNC_DIR);
    }

    /** @param defaultAsyncDir the configured {@code async_dir} ({@code ANSIBLE_ASYNC_DIR} / ansible.cfg) */
    public AsyncStatusModule(String defaultAsyncDir) {
        this.defaultAsyncDir = defaultAsyncDir;
    }

    @Override
    public String name() {
        return "async_status";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext context) throws ModuleException, ConnectionException {
        Map<String, Object> args = context.args();
        for (String key : args.keySet()) {
            if (!KNOWN.contains(key)) {
                throw ModuleException.actionFailed("Unsupported parameters for (async_status) module: " + key
                        + ". Supported parameters include: _async_dir, jid, mode.");
            }
        }
        Object jid = args.get("jid");
        if (jid == null) {
            throw ModuleException.actionFailed("missing required arguments: jid");
        }
        String mode = args.get("mode") == null ? "status" : args.get("mode").toString();
        if (!mode.equals("status") && !mode.equals("cleanup")) {
            throw ModuleException.actionFailed("value of mode must be one of: status, cleanup, got: " + mode);
        }
        if (!isPlainJobId(jid.toString())) {
            // Ansible 2.14 would read (and with mode=cleanup delete) the file the path leads to
            throw new ModuleException("invalid jid '" + jid + "': a job id names a file in the async dir, so it "
                    + "cannot be empty, '.' or '..', or contain '/' or control characters");
        }
        return AsyncStatus.run(context.connection(), context.become(), jid.toString(), asyncDir(context),
                mode.equals("cleanup"), context.checkMode());
    }

    /**
     * The status of every item's job (mode {@code status}, known arguments only) read with one exec;
     * other items are left to {@link #run}.
     */
    @Override
    public List<Map<String, Object>> runBatch(ModuleContext context, List<Map<String, Object>> itemArgs)
            throws ConnectionException {
        List<String> jids = new ArrayList<>();
        for (Map<String, Object> args : itemArgs) {
            Object jid = args.get("jid");
            Object mode = args.get("mode");
            boolean batchable = jid != null && isPlainJobId(jid.toString()) && KNOWN.containsAll(args.keySet()) && !args.containsKey("_async_dir")
                    && (mode == null || mode.toString().equals("status"));
            jids.add(batchable ? jid.toString() : null);
        }
        List<String> wanted = jids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        List<Map<String, Object>> results = new ArrayList<>();
        if (wanted.isEmpty()) {
            jids.forEach(j -> results.add(null));
            return results;
        }
        String dir;
        try {
            dir = asyncDir(context);
        } catch (ModuleException e) {
            // each item reports the error through run
            jids.forEach(j -> results.add(null));
            return results;
        }
        Map<String, Map<String, Object>> statuses = AsyncStatus.statusOfMany(context.connection(), context.become(),
                wanted, dir);
        for (String jid : jids) {
            results.add(jid == null ? null : new java.util.LinkedHashMap<>(statuses.get(jid)));
        }
        return results;
    }

    /** Whether {@code jid} is a single file name, so it cannot lead out of the async dir. */
    static boolean isPlainJobId(String jid) {
        return !jid.isEmpty() && !jid.equals(".") && !jid.equals("..") && jid.chars().noneMatch(c -> c == '/' || c < 0x20 || c == 0x7f);
    }

    private String asyncDir(ModuleContext context) throws ModuleException {
        Object explicit = context.args().get("_async_dir");
        if (explicit != null) {
            return explicit.toString();
        }
        return configuredAsyncDir(context, defaultAsyncDir);
    }

    /** The host's {@code ansible_async_dir}, templated as Ansible's shell option is, else {@code fallback}. */
    static String configuredAsyncDir(ModuleContext context, String fallback) throws ModuleException {
        Object var = context.vars() == null ? null : context.vars().get("ansible_async_dir");
        if (var == null) {
            return fallback;
        }
        try {
            Object value = context.template(var);
            return value == null || value.toString().isBlank() ? fallback : value.toString();
        } catch (io.jplay.template.TemplateException e) {
            throw new ModuleException(e.getMessage());
        }
    }
}
