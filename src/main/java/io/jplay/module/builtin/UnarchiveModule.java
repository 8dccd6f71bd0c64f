package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.connection.ConnectionException;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.python.PyBool;
import io.jplay.vault.VaultSecrets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code unarchive}, as Ansible's action plugin: {@code creates} may skip the task, {@code dest}
 * must be a directory on the target, a controller archive (decrypted when vaulted) is uploaded to a
 * temporary file first, then Ansible's {@code unarchive} module extracts it on the target. With
 * {@code remote_src} the module works on the target's archive or URL directly.
 */
public final class UnarchiveModule implements Module {
    private final ControllerSources sources;

    public UnarchiveModule(VaultSecrets vault) {
        this.sources = new ControllerSources(vault);
    }

    @Override
    public String name() {
        return "unarchive";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> args = new LinkedHashMap<>(ctx.args());
        boolean remoteSrc = PyBool.boolean_(args.getOrDefault("remote_src", false), false);
        Object decrypt = args.get("decrypt");
        if (args.containsKey("copy")) {
            if (args.containsKey("remote_src")) {
                throw ManagerDispatch.failure("parameters are mutually exclusive: ('copy', 'remote_src')");
            }
            remoteSrc = !PyBool.boolean_(args.remove("copy"), false);
            args.put("remote_src", remoteSrc);
        }
        Object src = args.get("src");
        Object dest = args.get("dest");
        if (src == null || dest == null) {
            throw ManagerDispatch.failure("src (or content) and dest are required");
        }
        Object creates = args.get("creates");
        if (creates != null && !String.valueOf(creates).isEmpty()) {
            String path = expandUser(ctx, String.valueOf(creates));
            if (RemoteFiles.exec(ctx, "test -e " + q(path)).rc() == 0) {
                Map<String, Object> skipped = new LinkedHashMap<>();
                skipped.put("skipped", true);
                skipped.put("msg", "skipped, since " + path + " exists");
                return skipped;
            }
        }
        String target = expandUser(ctx, String.valueOf(dest));
        byte[] archive = null;
        if (!remoteSrc) {
            Path file = CopyModule.find(ctx.baseDir(), "files", ctx.expandControllerUser(String.valueOf(src)));
            archive = sources.read(file, decrypt == null || PyBool.boolean_(decrypt, false));
        }
        FileStat st = RemoteFiles.stat(ctx, target, true, null);
        if (!st.exists() || !st.isDir()) {
            throw ManagerDispatch.failure("dest '" + target + "' must be an existing dir");
        }
        args.remove("decrypt");
        Module module = targetModule(ctx);
        if (remoteSrc) {
            return module.run(new ArgsOverride(ctx, args, "ansible.legacy.unarchive"));
        }
        ActionUpload upload = ActionUpload.of(ctx, archive, "source");
        try {
            args.put("src", upload.path());
            return module.run(new ArgsOverride(ctx, args, "ansible.legacy.unarchive"));
        } finally {
            upload.remove(ctx);
        }
    }

    private static Module targetModule(ModuleContext ctx) throws ModuleException {
        Optional<Module> module = ctx.actions().findOnTarget("ansible.legacy.unarchive");
        if (module.isEmpty()) {
            throw new ModuleException("unarchive needs Ansible's ansible.legacy.unarchive module, run as Python on the "
                    + "target, but no controller Python imports ansible");
        }
        return module.get();
    }

    /** A leading {@code ~} or {@code ~user} expanded by the target's shell, as Ansible's {@code _remote_expand_user}. */
    private static String expandUser(ModuleContext ctx, String path) throws ConnectionException {
        if (!path.startsWith("~")) {
            return path;
        }
        int slash = path.indexOf('/');
        String head = slash < 0 ? path : path.substring(0, slash);
        if (!head.matches("~[A-Za-z0-9._-]*")) {
            return path;
        }
        String home = RemoteFiles.exec(ctx, "echo " + head).stdoutText().strip();
        return home.isEmpty() ? path : home + (slash < 0 ? "" : path.substring(slash));
    }

}
