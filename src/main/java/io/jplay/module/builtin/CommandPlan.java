package io.jplay.module.builtin;

import io.jplay.connection.ShellQuote;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScript;
import io.jplay.python.PyShlex;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code command} or {@code shell} will run, planned from the task's arguments without touching
 * the target: the shell line (cd + exec, each word quoted), stdin, and the keys the result reports.
 *
 * @param params the normalised arguments ({@code invocation.module_args})
 * @param cmd the result's {@code cmd}: the argv list for command, the text for shell
 * @param argv the words exec runs
 * @param commandLine the line handed to the target's shell
 * @param stdin bytes for stdin, or {@code null}
 * @param warnings what the module warns about (its result's {@code warnings})
 */
record CommandPlan(Map<String, Object> params, Object cmd, List<String> argv, String commandLine, byte[] stdin,
        List<String> warnings) {

    /** Written to stderr by the planned line when the program cannot be executed. */
    static final String EXEC_ERROR_MARK = "__jplay_exec_error__:";

    static final ArgSpec SPEC = ArgSpec.builder()
            .option("_raw_params", ArgType.STR)
            .option("_uses_shell", ArgType.BOOL, false)
            .option(ArgOption.of("argv", ArgType.LIST).withElements(ArgType.STR))
            .option("chdir", ArgType.PATH)
            .option("creates", ArgType.PATH)
            .option("executable", ArgType.PATH)
            .option("removes", ArgType.PATH)
            .option("stdin", ArgType.STR)
            .option("stdin_add_newline", ArgType.BOOL, true)
            .option("strip_empty_ends", ArgType.BOOL, true)
            .build();

    /** Thrown when there is nothing (or too much) to run; carries Ansible's rc 256 result. */
    static final class NoCommand extends ModuleException {
        private static final long serialVersionUID = 1L;

        NoCommand(String message, Map<String, Object> params) {
            super(message, noCommandResult(params));
        }

        private static Map<String, Object> noCommandResult(Map<String, Object> params) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("changed", false);
            r.put("stdout", "");
            r.put("stderr", "");
            r.put("rc", 256);
            r.put("cmd", null);
            r.put("start", null);
            r.put("end", null);
            r.put("delta", null);
            r.put("stdout_lines", List.of());
            r.put("stderr_lines", List.of());
            r.put("invocation", ArgSpec.invocation(params));
            return r;
        }
    }

    static CommandPlan plan(ModuleContext ctx, boolean shell) throws ModuleException {
        Map<String, Object> args = new LinkedHashMap<>(ctx.args());
        Object cmdArg = args.remove("cmd");
        if (cmdArg != null && args.get("_raw_params") == null) {
            args.put("_raw_params", cmdArg);
        }
        if (shell) {
            args.put("_uses_shell", true);
        }
        Map<String, Object> params = SPEC.validate("ansible.legacy.command", args);
        String raw = (String) params.get("_raw_params");
        @SuppressWarnings("unchecked")
        List<String> argvArg = (List<String>) params.get("argv");
        boolean hasRaw = raw != null && !raw.isBlank();
        boolean hasArgv = argvArg != null && !argvArg.isEmpty();
        if (hasRaw && hasArgv) {
            throw new NoCommand("only command or argv can be given, not both", params);
        }
        if (!hasRaw && !hasArgv) {
            throw new NoCommand("no command given", params);
        }
        String executable = (String) params.get("executable");
        List<String> warnings = List.of();
        if (!shell && executable != null) {
            warnings = List.of("As of Ansible 2.4, the parameter 'executable' is no longer supported with the 'command'"
                    + " module. Not using '" + executable + "'.");
            executable = null;
        }
        Object cmd;
        List<String> argv;
        if (shell) {
            String text = hasRaw ? raw : ShellQuote.join(argvArg);
            cmd = text;
            argv = List.of(executable == null ? "/bin/sh" : executable, "-c", text);
        } else {
            argv = hasArgv ? List.copyOf(argvArg) : split(raw);
            cmd = argv;
        }
        return new CommandPlan(params, cmd, argv, commandLine(argv, (String) params.get("chdir"), !shell),
                stdinBytes(params), warnings);
    }

    /** With {@code expand} (command, not shell) the words go through expandvars and expanduser on the target. */
    /** Free-form text as argv ({@code shlex.split}), its error as the module's. */
    static List<String> split(String raw) throws ModuleException {
        try {
            return PyShlex.split(raw);
        } catch (PyShlex.SplitError e) {
            throw new ModuleException(e.getMessage());
        }
    }

    private static String commandLine(List<String> argv, String chdir, boolean expand) {
        ExpandedWords words = expand ? ExpandedWords.of(argv)
                : new ExpandedWords("", argv.stream().map(ShellQuote::quote).toList());
        String program = words.words().get(0);
        String check = argv.get(0).contains("/")
                ? "if [ ! -e " + program + " ]; then " + mark(2) + "; exit 127; elif [ -d " + program + " ] || [ ! -x "
                        + program + " ]; then " + mark(13) + "; exit 126; fi; "
                : "command -v " + program + " >/dev/null 2>&1 || { " + mark(2) + "; exit 127; }; ";
        String cd = chdir == null ? "" : "cd -P " + ShellQuote.quote(chdir) + " || exit 1; ";
        return cd + words.prelude() + check + "exec " + String.join(" ", words.words());
    }

    private static String mark(int errno) {
        return "printf '%s' '" + EXEC_ERROR_MARK + errno + "' >&2";
    }

    private static byte[] stdinBytes(Map<String, Object> params) {
        String stdin = (String) params.get("stdin");
        if (stdin == null) {
            return null;
        }
        boolean newline = Boolean.TRUE.equals(params.get("stdin_add_newline"));
        return (newline ? stdin + "\n" : stdin).getBytes(StandardCharsets.UTF_8);
    }

    boolean stripEmptyEnds() {
        return Boolean.TRUE.equals(params.get("strip_empty_ends"));
    }

    /** The keys every outcome of this plan reports as they are. */
    Map<String, Object> fixedKeys() {
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("cmd", cmd);
        fixed.put("invocation", ArgSpec.invocation(params));
        if (!warnings.isEmpty()) {
            fixed.put("warnings", warnings);
        }
        return fixed;
    }

    RemoteScript script() {
        return new RemoteScript(commandLine, stdin, RemoteScript.Form.COMMAND, fixedKeys());
    }
}
