package io.jplay.module.python;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ShellQuote;
import io.jplay.json.JsonWriter;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.python.PyRepr;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs a module that is not new-style the way Ansible does: the module file and an arguments file
 * ({@code k=v} words for old-style modules, JSON for {@code WANT_JSON} and binary ones) go to a
 * temporary directory under {@code ~/.ansible/tmp}, the module runs with the arguments file's path
 * as its argument (through the interpreter of its {@code #!} line, or directly when binary), and the
 * directory is removed.
 */
final class FileModuleRun {
    private FileModuleRun() {
    }

    /**
     * The module and its arguments file, uploaded to a temporary directory on the target.
     *
     * @param dir the temporary directory
     * @param command the command line that runs the module (its interpreter, module path, args path)
     */
    record Staged(String dir, String command) {
        /** The command followed by the removal of the directory, keeping the module's exit status. */
        String commandThenCleanup() {
            return command + "; rc=$?; rm -f -r " + ShellQuote.quote(dir) + " > /dev/null 2>&1; exit $rc";
        }
    }

    /**
     * @param interpreter the command line that runs the module file, or {@code null} for a binary
     */
    static ExecResult run(ModuleContext context, ModuleSource source, byte[] code, ModuleStyle style,
            String interpreter, Map<String, Object> args) throws ModuleException, ConnectionException {
        Staged staged = stage(context, source, code, style, interpreter, args);
        try {
            return context.connection().exec(new ExecRequest(staged.command(), null, context.environment(),
                    context.become()));
        } finally {
            context.connection().exec(ExecRequest.of("rm -f -r " + ShellQuote.quote(staged.dir()) + " > /dev/null 2>&1"));
        }
    }

    /** Uploads the module and its arguments file; the caller runs the command and removes the directory. */
    static Staged stage(ModuleContext context, ModuleSource source, byte[] code, ModuleStyle style,
            String interpreter, Map<String, Object> args) throws ModuleException, ConnectionException {
        var connection = context.connection();
        ExecResult made = connection.exec(ExecRequest.of("umask 77 && mkdir -p \"$HOME/.ansible/tmp\" && mktemp -d "
                + "\"$HOME/.ansible/tmp/ansible-tmp-XXXXXXXXXX\""));
        String dir = made.stdoutText().strip();
        if (made.rc() != 0 || !dir.startsWith("/")) {
            throw new ModuleException("could not create a temporary directory for module " + source.fqcn() + ": "
                    + made.stderrText().strip());
        }
        String modulePath = dir + "/" + source.file().getFileName();
        String argsPath = dir + "/args";
        connection.put(code, modulePath, 0700);
        connection.put(argsText(style, args).getBytes(StandardCharsets.UTF_8), argsPath, 0600);
        if (context.become() != null) {
            // the become user reads what the login user wrote
            connection.exec(ExecRequest.of("chmod a+rx " + ShellQuote.quote(dir) + " " + ShellQuote.quote(modulePath)
                    + " && chmod a+r " + ShellQuote.quote(argsPath)));
        }
        String command = (interpreter == null ? "" : interpreter + " ") + ShellQuote.join(List.of(modulePath, argsPath));
        return new Staged(dir, command);
    }

    /** {@code k=<shell-quoted str(v)> } for each argument (old style), else the JSON object. */
    static String argsText(ModuleStyle style, Map<String, Object> args) {
        if (style != ModuleStyle.OLD) {
            return JsonWriter.python().write(args);
        }
        StringBuilder sb = new StringBuilder();
        args.forEach((k, v) -> sb.append(k).append('=').append(ShellQuote.quote(PyRepr.str(v))).append(' '));
        return sb.toString();
    }
}
