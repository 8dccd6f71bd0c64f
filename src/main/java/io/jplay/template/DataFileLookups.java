package io.jplay.template;

import io.jplay.python.KvArgs;
import io.jplay.python.PyConfigParser;
import io.jplay.python.PyCsv;
import io.jplay.python.PyRegex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code csvfile} and {@code ini} lookups: a value from a CSV/TSV or ini/properties file. */
final class DataFileLookups {
    private DataFileLookups() {
    }

    static void register(Library lib) {
        lib.lookup("csvfile", DataFileLookups::csvfile);
        lib.lookup("ini", DataFileLookups::ini);
    }

    private static Map<String, Object> options(Call c, Map<String, Object> defaults) throws TemplateException {
        Map<String, Object> opts = new LinkedHashMap<>(defaults);
        for (Map.Entry<String, Object> e : c.kwargs().entrySet()) {
            if (!opts.containsKey(e.getKey())) {
                throw new TemplateException("Invalid option(s) passed to lookup: " + e.getKey());
            }
            opts.put(e.getKey(), e.getValue());
        }
        return opts;
    }

    private static List<Object> csvfile(Call c) throws TemplateException {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("col", "1");
        defaults.put("default", null);
        defaults.put("delimiter", "TAB");
        defaults.put("file", "ansible.csv");
        defaults.put("encoding", "utf-8");
        List<Object> out = new ArrayList<>();
        for (Object t : c.args()) {
            Map<String, Object> opts = options(c, defaults);
            if (!(LazyVars.unwrap(t) instanceof String term)) {
                throw LookupFailure.of("AttributeError", "'" + PythonRepr.typeName(t) + "' object has no attribute 'split'");
            }
            Map<String, Object> kv = KvArgs.parse(term, false);
            if (!kv.containsKey("_raw_params")) {
                throw new TemplateException("Search key is required but was not found");
            }
            String key = PythonRepr.str(kv.remove("_raw_params"));
            for (Map.Entry<String, Object> e : kv.entrySet()) {
                if (!opts.containsKey(e.getKey())) {
                    throw new TemplateException(e.getKey() + " is not a valid option");
                }
                opts.put(e.getKey(), e.getValue());
            }
            String delimiter = PythonRepr.str(opts.get("delimiter"));
            delimiter = delimiter.equals("TAB") || delimiter.equals("\\t") ? "\t" : delimiter;
            Path file = Lookups.find(c, "files", PythonRepr.str(opts.get("file")));
            if (file == null) {
                c.rt().warnings.accept("Unable to find '" + PythonRepr.str(opts.get("file"))
                        + "' in expected paths (use -vvvvv to see paths)");
                throw new TemplateException("csvfile: [Errno 2] No such file or directory: b'None'");
            }
            Object found = csvValue(Lookups.read(file, PythonRepr.str(opts.get("encoding"))), key, delimiter, opts);
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    private static Object csvValue(String text, String key, String delimiter, Map<String, Object> opts)
            throws TemplateException {
        try {
            for (List<String> row : PyCsv.read(text, delimiter)) {
                if (!row.isEmpty() && row.get(0).equals(key)) {
                    int col = Integer.parseInt(PythonRepr.str(opts.get("col")).strip());
                    if (col < 0) {
                        col += row.size();
                    }
                    if (col < 0 || col >= row.size()) {
                        throw new TemplateException("csvfile: list index out of range");
                    }
                    return row.get(col);
                }
            }
        } catch (IllegalArgumentException e) {
            String m = e instanceof NumberFormatException ? "invalid literal for int() with base 10: "
                    + PythonRepr.repr(PythonRepr.str(opts.get("col"))) : e.getMessage();
            throw new TemplateException("csvfile: " + m);
        }
        return opts.get("default");
    }

    private static List<Object> ini(Call c) throws TemplateException {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("type", "ini");
        defaults.put("file", "ansible.ini");
        defaults.put("section", "global");
        defaults.put("re", false);
        defaults.put("encoding", "utf-8");
        defaults.put("default", "");
        defaults.put("case_sensitive", false);
        defaults.put("allow_no_value", false);
        defaults.put("allow_none", false);
        List<Object> out = new ArrayList<>();
        Map<String, Object> opts = options(c, defaults);
        for (Object t : c.args()) {
            if (!(LazyVars.unwrap(t) instanceof String term)) {
                throw LookupFailure.of("TypeError", "argument of type '" + PythonRepr.typeName(t) + "' is not iterable");
            }
            String key = inlineOptions(term, opts);
            String fileName = PythonRepr.str(opts.get("file"));
            Path file = Lookups.find(c, "files", fileName);
            if (file == null) {
                c.rt().warnings.accept("Unable to find '" + fileName + "' in expected paths (use -vvvvv to see paths)");
                throw LookupFailure.of("ansible.errors.AnsibleParserError", "Invalid filename: 'None'");
            }
            String text = Lookups.readDecrypted(c, file, PythonRepr.str(opts.get("encoding")));
            String section = PythonRepr.str(opts.get("section"));
            if ("properties".equals(opts.get("type"))) {
                text = "[java_properties]\n" + text;
                section = "java_properties";
            }
            PyConfigParser cp = new PyConfigParser(Ops.truthy(opts.get("case_sensitive")),
                    Ops.truthy(opts.get("allow_no_value")) || Ops.truthy(opts.get("allow_none")));
            try {
                cp.read(text, "<???>");
            } catch (PyConfigParser.Error e) {
                if (e.pythonClass().equals("configparser.DuplicateOptionError")) {
                    throw LookupFailure.handled("Duplicate option in '" + fileName + "': " + e.getMessage());
                }
                throw TemplateException.pythonException(e.pythonClass() + ": " + e.getMessage(), null);
            }
            if (!cp.hasSection(section)) {
                throw LookupFailure.handled("No section '" + section + "' in " + fileName);
            }
            try {
                iniValue(cp, section, key, opts, out);
            } catch (PyConfigParser.Error e) {
                throw TemplateException.pythonException(e.pythonClass() + ": " + e.getMessage(), null);
            } catch (IllegalArgumentException e) {
                throw new TemplateException(e.getMessage());
            }
        }
        return out;
    }

    private static void iniValue(PyConfigParser cp, String section, String key, Map<String, Object> opts,
            List<Object> out) throws TemplateException {
        if (Ops.truthy(opts.get("re"))) {
            java.util.regex.Pattern p = PyRegex.compile(key, 0);
            for (String k : cp.options(section)) {
                if (p.matcher(k).lookingAt()) {
                    out.add(cp.get(section, k));
                }
            }
            return;
        }
        Object v = cp.has(section, key) ? cp.get(section, key) : opts.get("default");
        if (v != null) {
            out.add(v);
        }
    }

    /** Ansible's deprecated inline {@code key file=x section=y} form; returns the key. */
    private static String inlineOptions(String term, Map<String, Object> opts) throws TemplateException {
        if (!term.contains("=") && !term.strip().contains(" ")) {
            return term;
        }
        String key = term;
        boolean updated = false;
        String current = "key";
        Map<String, String> params = new LinkedHashMap<>();
        String[] words = term.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.contains("=")) {
                for (String k : opts.keySet()) {
                    if (w.contains(k + "=")) {
                        current = k;
                    }
                }
            }
            String prev = params.get(current);
            params.put(current, i == 0 || prev == null || prev.isEmpty() ? w : prev + " " + w);
        }
        for (String param : params.values()) {
            if (param.contains("=")) {
                String[] nv = param.split("=", -1);
                if (nv.length != 2) {
                    throw LookupFailure.handled("Could not use '" + param + "' from '" + PythonRepr.repr(
                            new ArrayList<>(params.values())) + "': too many values to unpack (expected 2)");
                }
                if (!opts.containsKey(nv[0])) {
                    throw LookupFailure.handled(nv[0] + " is not a valid option.");
                }
                opts.put(nv[0], nv[1]);
            } else if (key.equals(term)) {
                key = param;
                updated = true;
            }
        }
        if (!updated) {
            throw LookupFailure.options("No key to lookup was provided as first term with in string inline options: "
                    + term);
        }
        return key;
    }
}
