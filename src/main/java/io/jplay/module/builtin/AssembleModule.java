package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.python.PyBool;
import io.jplay.vault.VaultSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code assemble}, as Ansible's action plugin: with {@code remote_src} (the default) Ansible's
 * {@code assemble} module joins the fragments on the target; otherwise the fragments are joined on
 * the controller ({@link Fragments}), sent to a temporary file and put in place by Ansible's
 * {@code copy} module, whose result the task reports. Not supported in check mode, as in Ansible.
 */
public final class AssembleModule implements Module {
    private static final List<String> OWN_OPTIONS = List.of("remote_src", "regexp", "delimiter", "ignore_hidden",
            "decrypt");
    private final ControllerSources sources;

    public AssembleModule(VaultSecrets vault) {
        this.sources = new ControllerSources(vault);
    }

    @Override
    public String name() {
        return "assemble";
    }

    /** Answered here, with the message of Ansible's action, rather than by the executor. */
    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        if (ctx.checkMode()) {
            Map<String, Object> skipped = new LinkedHashMap<>();
            skipped.put("changed", false);
            skipped.put("msg", "check mode is not supported for this task.");
            skipped.put("skipped", true);
            return skipped;
        }
        Map<String, Object> args = new LinkedHashMap<>(ctx.args());
        Object decrypt = args.remove("decrypt");
        Object src = args.get("src");
        Object dest = args.get("dest");
        if (src == null || dest == null) {
            throw ManagerDispatch.failure("src and dest are required");
        }
        Object remoteSrc = args.getOrDefault("remote_src", "yes");
        if (PyBool.boolean_(remoteSrc, false)) {
            return targetModule(ctx, "ansible.legacy.assemble").run(new ArgsOverride(ctx, args, "ansible.legacy.assemble"));
        }
        Path dir = CopyModule.find(ctx.baseDir(), "files", String.valueOf(src));
        if (!Files.isDirectory(dir)) {
            throw ManagerDispatch.failure("Source (" + dir + ") is not a directory");
        }
        byte[] content = new Fragments(sources, decrypt == null || PyBool.boolean_(decrypt, false))
                .assemble(dir, text(args.get("delimiter")), text(args.get("regexp")),
                        PyBool.boolean_(args.getOrDefault("ignore_hidden", false), false));
        Map<String, Object> copyArgs = new LinkedHashMap<>(args);
        OWN_OPTIONS.forEach(copyArgs::remove);
        copyArgs.put("dest", String.valueOf(dest));
        return copy(ctx, content, copyArgs);
    }

    /** Ansible's {@code copy} module puts the uploaded file in place; its result is the task's. */
    private static Map<String, Object> copy(ModuleContext ctx, byte[] content, Map<String, Object> copyArgs)
            throws ModuleException, ConnectionException {
        Module copy = targetModule(ctx, "ansible.legacy.copy");
        Map<String, Object> diff = ctx.diffMode() ? AssembleDiff.of(ctx, String.valueOf(copyArgs.get("dest")), content)
                : Map.of();
        ActionUpload upload = ActionUpload.of(ctx, content, "src");
        try {
            copyArgs.put("src", upload.path());
            Map<String, Object> result = new LinkedHashMap<>(copy.run(new ArgsOverride(ctx, copyArgs, "ansible.legacy.copy")));
            if (!diff.isEmpty()) {
                result.put("diff", diff);
            }
            return result;
        } finally {
            upload.remove(ctx);
        }
    }

    private static Module targetModule(ModuleContext ctx, String name) throws ModuleException {
        Optional<Module> module = ctx.actions().findOnTarget(name);
        if (module.isEmpty()) {
            throw new ModuleException("assemble needs Ansible's " + name + " module, run as Python on the target, "
                    + "but no controller Python imports ansible");
        }
        return module.get();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
