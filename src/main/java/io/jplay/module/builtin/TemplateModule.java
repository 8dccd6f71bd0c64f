package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.python.PyRepr;
import io.jplay.vault.VaultSecrets;
import io.jplay.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code template}: renders a controller file ({@code templates/} then the base dir) with the host's
 * variables through {@link ModuleContext#template}, then transfers it like {@code copy}. The
 * rendering follows the run's templater settings; {@code trim_blocks}, {@code lstrip_blocks} and the
 * block/variable delimiters options are accepted but not applied.
 */
public final class TemplateModule implements Module {
    static final ArgSpec SPEC = FileArgs.common(ArgSpec.builder()
            .option(ArgOption.of("src", ArgType.PATH).asRequired())
            .option(ArgOption.of("dest", ArgType.PATH).asRequired())
            .option("backup", ArgType.BOOL, false)
            .option("force", ArgType.BOOL, true)
            .option("validate", ArgType.STR)
            .option("follow", ArgType.BOOL, false)
            .option(ArgOption.of("newline_sequence", ArgType.STR).withDefault("\n").withChoices("\n", "\r", "\r\n"))
            .option("trim_blocks", ArgType.BOOL, true)
            .option("lstrip_blocks", ArgType.BOOL, false)
            .option("block_start_string", ArgType.STR)
            .option("block_end_string", ArgType.STR)
            .option("variable_start_string", ArgType.STR)
            .option("variable_end_string", ArgType.STR)
            .option("comment_start_string", ArgType.STR)
            .option("comment_end_string", ArgType.STR)
            .option("output_encoding", ArgType.STR, "utf-8"))
            .build();

    private final ControllerSources sources;

    /** Without vault secrets: vaulted files fail to decrypt, as in Ansible without secrets. */
    public TemplateModule() {
        this(VaultSecrets.none());
    }

    /** A template module that decrypts vaulted files with {@code vault}. */
    public TemplateModule(VaultSecrets vault) {
        this.sources = new ControllerSources(vault);
    }

    @Override
    public String name() {
        return "template";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    /** Ansible's template action reports an error as {@code <Python class>: <message>}. */
    static String actionError(TemplateException e) {
        return switch (e.kind()) {
            case UNDEFINED -> "AnsibleUndefinedVariable: " + e.getMessage() + ". " + e.getMessage();
            case VALUE_ERROR -> "ValueError: " + e.getMessage();
            case PYTHON_EXCEPTION -> e.getMessage();
            case ANSIBLE -> "AnsibleError: " + e.getMessage();
        };
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> args = ctx.args();
        if (args.get("src") == null || args.get("dest") == null) {
            throw new ModuleException("src and dest are required");
        }
        Map<String, Object> p = SPEC.validateAction("template", args);
        Path file = CopyModule.find(ctx.baseDir(), "templates", (String) p.get("src"));
        String text = new String(sources.read(file, true), StandardCharsets.UTF_8);
        String rendered;
        try {
            Object value = ctx.templateFile(text, file, (String) p.get("src"), (String) p.get("dest"));
            rendered = value instanceof String s ? s : PyRepr.str(value);
        } catch (TemplateException e) {
            throw new ModuleException(actionError(e));
        }
        if (text.endsWith("\n") && !rendered.endsWith("\n")) {
            rendered += "\n";
        }
        String newline = (String) p.get("newline_sequence");
        if (!newline.equals("\n")) {
            rendered = rendered.replace("\r\n", "\n").replace("\n", newline);
        }
        p.putIfAbsent("force", true);
        return new CopyTransfer(ctx, p).transfer(rendered.getBytes(StandardCharsets.UTF_8), file.toString(),
                file.getFileName().toString());
    }
}
