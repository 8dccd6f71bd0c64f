package io.jplay.module.python;

import io.jplay.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The Python program a payload runs as: it writes the module's zip to a private temporary
 * directory, puts the zip first on {@code sys.path}, hands the arguments to
 * {@code ansible.module_utils.basic} (as {@code {"ANSIBLE_MODULE_ARGS": {...}}}), runs the module as
 * {@code __main__} and removes the directory. It works on Python 2.7 and 3, read from stdin
 * (pipelining) or from a file.
 */
final class ModuleWrapper {
    private static final String TEMPLATE = String.join("\n",
            "# jplay module payload for %s",
            "import sys",
            "",
            "",
            "def _jplay_run(module, short, zipdata, args):",
            "    import base64",
            "    import os",
            "    import runpy",
            "    import shutil",
            "    import tempfile",
            "    here = os.path.dirname(os.path.abspath(sys.argv[0])) if sys.argv and sys.argv[0] else ''",
            "    sys.path[:] = [p for p in sys.path if p not in ('', '.', here)]",
            "    tmp = tempfile.mkdtemp(prefix='ansible_' + short + '_payload_')",
            "    try:",
            "        path = os.path.join(tmp, 'ansible_' + short + '_payload.zip')",
            "        out = open(path, 'wb')",
            "        try:",
            "            out.write(base64.b64decode(zipdata))",
            "        finally:",
            "            out.close()",
            "        sys.path.insert(0, path)",
            "        from ansible.module_utils import basic",
            "        basic._ANSIBLE_ARGS = base64.b64decode(args)",
            "        runpy.run_module(mod_name=module, init_globals=dict(_module_fqn=module, _modlib_path=path),",
            "                         run_name='__main__', alter_sys=True)",
            "    finally:",
            "        shutil.rmtree(tmp, True)",
            "",
            "",
            "if __name__ == '__main__':",
            "    _jplay_run('%s', '%s', '%s',",
            "               '%s')",
            "");

    private ModuleWrapper() {
    }

    /**
     * The program for one call.
     *
     * @param zipBase64 the module's zip, base64-encoded (built once per module)
     * @param moduleArgs the arguments, internal {@code _ansible_*} ones included
     */
    static byte[] program(ModuleSource module, String zipBase64, Map<String, Object> moduleArgs) {
        String args = Base64.getEncoder().encodeToString(argsDocument(moduleArgs));
        return String.format(TEMPLATE, module.fqcn(), module.pythonName(), module.shortName(), zipBase64, args)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** What {@code ansible.module_utils.basic} reads its arguments from: {@code {"ANSIBLE_MODULE_ARGS": {...}}}. */
    static byte[] argsDocument(Map<String, Object> moduleArgs) {
        return JsonWriter.python().write(Map.of("ANSIBLE_MODULE_ARGS", moduleArgs)).getBytes(StandardCharsets.UTF_8);
    }
}
