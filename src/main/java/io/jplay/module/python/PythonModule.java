package io.jplay.module.python;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScript;
import io.jplay.module.RemoteScriptModule;
import io.jplay.template.TemplateException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module Ansible would run as Python on the target (ansible-core's, a collection's or one from a
 * {@code library/} directory): its payload is sent on the stdin of one command that runs the
 * target's Python (Ansible's pipelining), over the task's connection, with become and environment.
 * The module decides itself about check mode, as it does under Ansible.
 */
public final class PythonModule implements RemoteScriptModule {
    private final ModuleSource source;
    private final PythonModules runtime;

    PythonModule(ModuleSource source, PythonModules runtime) {
        this.source = source;
        this.runtime = runtime;
    }

    public ModuleSource source() {
        return source;
    }

    @Override
    public String name() {
        return source.fqcn();
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext context) throws ModuleException, ConnectionException {
        refuseActionPlugin(context);
        byte[] code = code();
        ModuleStyle style = ModuleStyle.of(code);
        Interpreter interpreter;
        ExecResult res;
        if (style == ModuleStyle.NEW) {
            interpreter = interpreter(context);
            res = runNew(context, interpreter.path());
        } else {
            interpreter = style == ModuleStyle.BINARY ? new Interpreter(null, false, List.of()) : shebang(context, code);
            Map<String, Object> args = moduleArgs(context, runtime.install().orElse(null));
            res = FileModuleRun.run(context, source, code, style, interpreter.path(), args);
        }
        List<String> displayed = new ArrayList<>();
        Map<String, Object> data = ModuleOutput.parse(res, interpreter.path(), displayed);
        ModuleOutput.removeInternalKeys(data, displayed);
        data.remove("_ansible_parsed");
        displayed.forEach(context::warn);
        if (interpreter.discovered()) {
            Object facts = data.get("ansible_facts");
            Map<String, Object> merged = facts instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
            merged.put("discovered_interpreter_python", interpreter.path());
            data.put("ansible_facts", merged);
        }
        if (!interpreter.warnings().isEmpty()) {
            List<Object> warnings = data.get("warnings") instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            warnings.addAll(interpreter.warnings());
            data.put("warnings", warnings);
        }
        return data;
    }

    @Override
    public RemoteScript script(ModuleContext context) throws ModuleException {
        refuseActionPlugin(context);
        byte[] code = code();
        ModuleStyle style = ModuleStyle.of(code);
        try {
            if (style != ModuleStyle.NEW) {
                String interpreter = style == ModuleStyle.BINARY ? null : shebang(context, code).path();
                Map<String, Object> args = moduleArgs(context, runtime.install().orElse(null));
                FileModuleRun.Staged staged = FileModuleRun.stage(context, source, code, style, interpreter, args);
                return new RemoteScript(staged.commandThenCleanup(), null, RemoteScript.Form.JSON, Map.of());
            }
            Interpreter interpreter = interpreter(context);
            return new RemoteScript(interpreter.path(), program(context), RemoteScript.Form.JSON, Map.of());
        } catch (ConnectionException e) {
            throw new ModuleException(e.getMessage());
        }
    }

    /** A module Ansible fronts with a Python action plugin that jplay does not replace fails, naming it. */
    private void refuseActionPlugin(ModuleContext context) throws ModuleException {
        java.util.Optional<java.nio.file.Path> plugin = ActionPlugins.required(source, runtime.install().orElse(null),
                context.args());
        if (plugin.isPresent()) {
            throw new ModuleException(ActionPlugins.message(source, plugin.get()));
        }
    }

    private byte[] program(ModuleContext context) throws ModuleException {
        AnsibleInstall install = install();
        return ModuleWrapper.program(source, payload(install).base64(), moduleArgs(context, install));
    }

    /**
     * Runs a new-style module: in the target's resident module runner when there is one for this
     * connection, become and interpreter, else as one Python process fed the payload on its stdin.
     */
    private ExecResult runNew(ModuleContext context, String interpreter) throws ModuleException, ConnectionException {
        AnsibleInstall install = install();
        PayloadCache.Payload payload = payload(install);
        Map<String, Object> args = moduleArgs(context, install);
        try {
            RunnerRequest request = new RunnerRequest(source.fqcn(), source.pythonName(), source.shortName(), payload,
                    ModuleWrapper.argsDocument(args), context.environment());
            java.util.Optional<ExecResult> res = runtime.runners().run(context.connection(), context.become(),
                    interpreter, request);
            if (res.isPresent()) {
                return res.get();
            }
        } catch (ModuleRunner.Failure e) {
            throw new ModuleException("module " + source.fqcn() + " on " + context.hostName() + " (interpreter "
                    + interpreter + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted", e);
        }
        byte[] program = ModuleWrapper.program(source, payload.base64(), args);
        return context.connection().exec(new ExecRequest(interpreter, program, context.environment(), context.become()));
    }

    private AnsibleInstall install() throws ModuleException {
        return runtime.install().orElseThrow(() -> new ModuleException(
                "module " + source.fqcn() + " needs ansible-core's module_utils, but no controller Python "
                        + "imports ansible (tried " + String.join(", ", runtime.triedPythons()) + ")"));
    }

    private PayloadCache.Payload payload(AnsibleInstall install) throws ModuleException {
        try {
            return runtime.payloads().payload(source, install);
        } catch (IOException e) {
            throw new ModuleException("could not build the payload of module " + source.fqcn() + ": " + e.getMessage());
        }
    }

    /** The task's arguments plus Ansible's internal {@code _ansible_*} ones, in Ansible's order. */
    Map<String, Object> moduleArgs(ModuleContext context, AnsibleInstall install) {
        PythonSettings s = runtime.settings();
        Map<String, Object> args = new LinkedHashMap<>(context.args());
        Map<String, Object> vars = context.vars();
        args.put("_ansible_check_mode", context.checkMode());
        args.put("_ansible_no_log", context.noLog() || s.noTargetSyslog());
        args.put("_ansible_debug", s.debug());
        args.put("_ansible_diff", context.diffMode());
        args.put("_ansible_verbosity", (long) context.verbosity());
        args.put("_ansible_version", install == null ? "2.14.18" : install.version());
        args.put("_ansible_module_name", context.action().isEmpty() ? source.fqcn() : context.action());
        Object facility = vars.get("ansible_syslog_facility");
        args.put("_ansible_syslog_facility", facility == null ? s.syslogFacility() : String.valueOf(facility));
        args.put("_ansible_selinux_special_fs", s.selinuxSpecialFs());
        args.put("_ansible_string_conversion_action", s.stringConversionAction());
        args.put("_ansible_socket", vars.get("ansible_socket") == null ? null : String.valueOf(vars.get("ansible_socket")));
        Object shell = vars.get("ansible_shell_executable");
        args.put("_ansible_shell_executable", shell == null ? "/bin/sh" : String.valueOf(shell));
        args.put("_ansible_keep_remote_files", s.keepRemoteFiles());
        args.put("_ansible_tmpdir", null);
        Object remoteTmp = vars.get("ansible_remote_tmp");
        args.put("_ansible_remote_tmp", remoteTmp == null ? s.remoteTmp() : String.valueOf(remoteTmp));
        return args;
    }

    /** The interpreter that runs the module on the target, and whether it was discovered for this task. */
    record Interpreter(String path, boolean discovered, List<String> warnings) {
    }

    private Interpreter interpreter(ModuleContext context) throws ModuleException, ConnectionException {
        Object configured = context.vars().get("ansible_python_interpreter");
        try {
            if (configured != null) {
                return new Interpreter(String.valueOf(context.template(configured)), false, List.of());
            }
        } catch (TemplateException e) {
            throw new ModuleException(e.getMessage());
        }
        String mode = runtime.settings().interpreterPython();
        if (!mode.startsWith("auto")) {
            return new Interpreter(mode, false, List.of());
        }
        Object facts = plain(context.vars().get("ansible_facts"));
        if (facts instanceof Map<?, ?> m && plain(m.get("discovered_interpreter_python")) != null) {
            return new Interpreter(String.valueOf(plain(m.get("discovered_interpreter_python"))), false, List.of());
        }
        InterpreterDiscovery.Discovered d = InterpreterDiscovery.discover(context.connection(), context.hostName(), mode);
        return new Interpreter(d.interpreter(), true, d.warnings());
    }

    private byte[] code() throws ModuleException {
        try {
            return java.nio.file.Files.readAllBytes(source.file());
        } catch (IOException e) {
            throw new ModuleException("could not read module " + source.fqcn() + ": " + e.getMessage());
        }
    }

    /**
     * The interpreter of a module file's {@code #!} line as Ansible picks it: {@code python} means
     * the host's Python (configured or discovered), another name {@code x} is replaced by
     * {@code ansible_x_interpreter} when set.
     */
    private Interpreter shebang(ModuleContext context, byte[] code) throws ModuleException, ConnectionException {
        String first = new String(code, 0, Math.min(code.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
                .lines().findFirst().orElse("");
        if (!first.startsWith("#!")) {
            throw new ModuleException("module (" + context.action() + ") is missing interpreter line");
        }
        String[] words = first.substring(2).strip().split("\\s+", 2);
        String rest = words.length > 1 ? " " + words[1] : "";
        String name = words[0].substring(words[0].lastIndexOf('/') + 1);
        if (name.equals("python")) {
            Interpreter python = interpreter(context);
            return new Interpreter(python.path() + rest, python.discovered(), python.warnings());
        }
        Object override = context.vars().get("ansible_" + name + "_interpreter");
        try {
            String path = override == null ? words[0] : String.valueOf(context.template(override)).strip();
            return new Interpreter(path + rest, false, List.of());
        } catch (TemplateException e) {
            throw new ModuleException(e.getMessage());
        }
    }

    private static Object plain(Object value) {
        return value instanceof io.jplay.yaml.Unsafe u ? u.value() : value;
    }

    private static Map<String, Object> copy(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
