package io.jplay.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Ansible's lookup plugins. */
final class Lookups {
    private Lookups() {
    }

    static void register(Library lib) {
        lib.lookup("env", c -> {
            List<Object> out = new ArrayList<>();
            for (Object t : c.args()) {
                if (!(t instanceof String)) {
                    throw LookupFailure.of("AttributeError", "'" + PythonRepr.typeName(t) + "' object has no attribute 'split'");
                }
                String v = c.rt().templater.controller().env(PythonRepr.str(t)).orElse(null);
                out.add(v == null ? c.kwargs().getOrDefault("default", "") : v);
            }
            return out;
        });
        lib.lookup("file", c -> {
            List<Object> out = new ArrayList<>();
            for (Object t : c.args()) {
                Path p = find(c, "files", PythonRepr.str(t));
                if (p == null || Files.isDirectory(p)) {
                    throw new TemplateException("could not locate file in lookup: " + PythonRepr.str(t));
                }
                String s = readDecrypted(c, p, "utf-8");
                if (c.bool(-1, "rstrip", true)) {
                    s = StrMethods.rstrip(s, null);
                }
                if (c.bool(-1, "lstrip", false)) {
                    s = StrMethods.lstrip(s, null);
                }
                out.add(s);
            }
            return out;
        });
        lib.lookup("fileglob", c -> {
            List<Object> out = new ArrayList<>();
            for (Object t : c.args()) {
                out.addAll(fileglob(c, PythonRepr.str(t)));
            }
            return out;
        });
        lib.lookup("first_found", Lookups::firstFound);
        lib.lookup("pipe", c -> pipe(c, "pipe"));
        lib.lookup("lines", c -> {
            List<Object> out = new ArrayList<>();
            for (Object t : pipe(c, "lines")) {
                out.addAll((List<?>) StrMethods.call((String) t, "splitlines", c));
            }
            return out;
        });
        lib.lookup("template", TemplateLookup::run);
        lib.lookup("vars", c -> {
            List<Object> out = new ArrayList<>();
            for (Object t : c.args()) {
                if (!(t instanceof String name)) {
                    throw new TemplateException("Invalid setting identifier, \"" + PythonRepr.str(t)
                            + "\" is not a string, its a <class '" + PythonRepr.typeName(t) + "'>");
                }
                Object v = c.scope().get(name);
                if (v instanceof Undefined u) {
                    if (c.kwargs().containsKey("default")) {
                        v = c.kwargs().get("default");
                    } else {
                        throw TemplateException.undefined(u.templatingFailure() != null ? u.templatingFailure()
                                : "No variable found with this name: " + name);
                    }
                }
                out.add(v);
            }
            return out;
        });
        lib.lookup("varnames", c -> {
            List<Object> out = new ArrayList<>();
            List<String> names = new ArrayList<>();
            c.rt().vars.raw().keySet().forEach(names::add);
            if (names.isEmpty()) {
                throw new TemplateException("No variables available to search");
            }
            for (Object t : c.args()) {
                if (!(LazyVars.unwrap(t) instanceof String term)) {
                    throw new TemplateException("Invalid setting identifier, \"" + PythonRepr.str(t)
                            + "\" is not a string, it is a <class '" + PythonRepr.typeName(t) + "'>");
                }
                java.util.regex.Pattern p;
                try {
                    p = io.jplay.python.PyRegex.compile(term, 0);
                } catch (IllegalArgumentException e) {
                    throw new TemplateException("Unable to use \"" + term + "\" as a search parameter: " + e.getMessage());
                }
                for (String n : names) {
                    if (p.matcher(n).lookingAt() && !out.contains(n)) {
                        out.add(n);
                    }
                }
            }
            return out;
        });
        lib.lookup("items", c -> {
            List<Object> out = new ArrayList<>();
            for (Object t : c.args()) {
                if (t instanceof List<?> l) {
                    out.addAll(l);
                } else {
                    out.add(t);
                }
            }
            return out;
        });
        lib.lookup("list", c -> {
            if (c.value() instanceof Map) {
                throw new TemplateException("with_list expects a list");
            }
            return new ArrayList<>(c.args());
        });
        lib.lookup("indexed_items", c -> {
            if (c.value() != null && !(c.value() instanceof List)) {
                throw new TemplateException("with_indexed_items expects a list");
            }
            List<Object> out = new ArrayList<>();
            List<Object> items = flatten(c.args());
            for (int i = 0; i < items.size(); i++) {
                out.add(new Tuple(Arrays.asList((long) i, items.get(i))));
            }
            return out;
        });
        lib.lookup("dict", c -> {
            List<Object> out = new ArrayList<>();
            for (Object t : c.value() instanceof Map<?, ?> whole ? List.of(whole) : c.args()) {
                if (!(t instanceof Map<?, ?> m)) {
                    throw new TemplateException("with_dict expects a dict");
                }
                m.forEach((k, v) -> out.add(CoreFilters.mapOf("key", k, "value", v)));
            }
            return out;
        });
        lib.lookup("sequence", Sequence::run);
        lib.lookup("together", Lookups::together);
        lib.lookup("nested", Lookups::nested);
        lib.lookup("subelements", SubelementsLookup::run);
        lib.lookup("random_choice", c -> {
            if (c.args().isEmpty()) {
                return new ArrayList<>();
            }
            return new ArrayList<>(List.of(c.args().get(new SecureRandom().nextInt(c.args().size()))));
        });
        lib.lookup("password", PasswordLookup::run);
        lib.lookup("config", ConfigLookup::run);
        lib.lookup("inventory_hostnames", c -> {
            Object groups = LazyVars.unwrap(c.rt().vars.get("groups"));
            List<Object> out = new ArrayList<>();
            java.util.Map<?, ?> g = groups instanceof java.util.Map<?, ?> m ? m : java.util.Map.of();
            List<String> terms = new ArrayList<>();
            for (Object t : c.args()) {
                terms.add(PythonRepr.str(t));
            }
            try {
                io.jplay.inventory.GroupListInventory.of(g).select(String.join(",", terms))
                        .forEach(h -> out.add(h.name()));
            } catch (io.jplay.inventory.InventoryException e) {
                return new ArrayList<>();
            }
            return out;
        });
        DataFileLookups.register(lib);
        lib.lookup("url", UrlLookup::run);
        lib.lookup("ansible_version", c -> new ArrayList<>(List.of("2.14.18")));
    }

    /** Lookup's {@code _flatten}: lists and tuples among the terms are spliced in, one level deep. */
    static List<Object> flatten(List<?> terms) {
        List<Object> out = new ArrayList<>();
        for (Object t : terms) {
            if (t instanceof List<?> l) {
                out.addAll(l);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Ansible's {@code listify_lookup_plugin_terms} on an already templated term. */
    static List<Object> listify(Object term) throws TemplateException {
        Object t = LazyVars.unwrap(term);
        if (t instanceof String s) {
            return new ArrayList<>(List.of(s.strip()));
        }
        if (t instanceof List<?> || t instanceof Map<?, ?>) {
            return Ops.iterate(t);
        }
        return new ArrayList<>(Collections.singletonList(t));
    }

    /** {@code together}: the terms' lists zipped, the short ones padded with None, each row flattened once. */
    private static List<Object> together(Call c) throws TemplateException {
        List<List<Object>> lists = new ArrayList<>();
        for (Object t : c.args()) {
            lists.add(listify(t));
        }
        if (lists.isEmpty()) {
            throw new TemplateException("with_together requires at least one element in each list");
        }
        int n = lists.stream().mapToInt(List::size).max().orElse(0);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>();
            for (List<Object> l : lists) {
                row.add(i < l.size() ? l.get(i) : null);
            }
            out.add(flatten(row));
        }
        return out;
    }

    /** Each term run by {@code /bin/sh -c}: its output, right-stripped; a failure names {@code plugin}. */
    private static List<Object> pipe(Call c, String plugin) throws TemplateException {
        List<Object> out = new ArrayList<>();
        for (Object t : c.args()) {
            try {
                Process p = new ProcessBuilder("/bin/sh", "-c", PythonRepr.str(t))
                        .directory(c.rt().baseDir().toFile()).redirectErrorStream(false).start();
                String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int rc = p.waitFor();
                if (rc != 0) {
                    throw new TemplateException("lookup_plugin." + plugin + "(" + PythonRepr.str(t) + ") returned " + rc);
                }
                out.add(StrMethods.rstrip(s, null));
            } catch (IOException e) {
                throw new TemplateException(e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TemplateException("interrupted", e);
            }
        }
        return out;
    }

    /** The candidates first_found searches, and whether finding none is allowed. */
    private record Search(List<String> files, boolean skip) { }

    /** Ansible's first_found: the first candidate found in the search path. */
    private static List<Object> firstFound(Call c) throws TemplateException {
        Search search = firstFoundSearch(c, c.args());
        for (String name : search.files()) {
            Path p = find(c, c.rt().fileSubdir, name);
            if (p != null) {
                return new ArrayList<>(List.of(p.toAbsolutePath().normalize().toString()));
            }
        }
        if (search.skip()) {
            return new ArrayList<>();
        }
        throw LookupFailure.handled("No file was found when using first_found.");
    }

    /**
     * As ansible-core's {@code _process_terms}: a dict term brings its own options, a text term takes the
     * keywords' (whose files, with paths, replace the term itself), a list is searched in turn; the skip
     * of the last term read applies.
     */
    private static Search firstFoundSearch(Call c, List<?> terms) throws TemplateException {
        List<String> search = new ArrayList<>();
        boolean skip = false;
        for (Object term : terms) {
            Map<?, ?> options;
            if (term instanceof Map<?, ?> m) {
                options = m;
            } else if (term instanceof String) {
                options = c.kwargs();
            } else if (term instanceof List<?> l) {
                Search partial = firstFoundSearch(c, l);
                search.addAll(partial.files());
                skip = partial.skip();
                continue;
            } else {
                throw LookupFailure.handled("Invalid term supplied, can handle string, mapping or list of strings but got: "
                        + "<class '" + PythonRepr.typeName(term) + "'> for " + PythonRepr.str(term));
            }
            skip = io.jplay.python.PyBool.boolean_(options.containsKey("skip") ? options.get("skip") : false, false);
            List<String> files = splitOn(options.get("files"), ",;");
            List<String> paths = splitOn(options.get("paths"), ",:;");
            if (!paths.isEmpty()) {
                for (String dir : paths) {
                    for (String f : files) {
                        search.add(f.startsWith("/") || dir.isEmpty() ? f : dir.endsWith("/") ? dir + f : dir + "/" + f);
                    }
                }
            } else if (!files.isEmpty()) {
                search = new ArrayList<>(files);
            } else if (term instanceof String t) {
                search.add(t);
            }
        }
        return new Search(search, skip);
    }

    /** first_found's {@code _split_on}: text split at any of {@code chars}, lists split item by item. */
    private static List<String> splitOn(Object v, String chars) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> l)) {
            out.addAll(Arrays.asList(PythonRepr.str(v).split("[" + Pattern.quote(chars) + "]", -1)));
            return out;
        }
        for (Object item : l) {
            out.addAll(splitOn(item, chars));
        }
        return out;
    }

    private static List<Object> listOrSplit(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return new ArrayList<>(Arrays.asList((Object[]) PythonRepr.str(v).split("[,;:]")));
    }

    /** The regular files in {@code base} whose names match {@code glob}, sorted. */
    private static List<String> glob(Path base, String glob) throws TemplateException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(base)) {
            return found;
        }
        try (var ds = Files.newDirectoryStream(base, glob)) {
            ds.forEach(p -> {
                if (Files.isRegularFile(p)) {
                    found.add(p.toAbsolutePath().normalize().toString());
                }
            });
        } catch (IOException e) {
            throw new TemplateException(e.getMessage(), e);
        }
        Collections.sort(found);
        return found;
    }

    static Path find(Call c, String subdir, String name) throws TemplateException {
        Path p = Path.of(name);
        if (p.isAbsolute()) {
            return Files.exists(p) ? p : null;
        }
        for (Path dir : c.rt().searchPath(subdir)) {
            Path candidate = dir.resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The text of file {@code p} in Python codec {@code encoding}, undecodable bytes kept as surrogates. */
    static String read(Path p, String encoding) throws TemplateException {
        return decode(bytes(p), encoding);
    }

    /**
     * The text of file {@code p} as Ansible's loader reads it for the {@code file}, {@code template} and
     * {@code ini} lookups: decrypted with the run's vault secrets when it is vaulted.
     */
    static String readDecrypted(Call c, Path p, String encoding) throws TemplateException {
        try {
            return decode(c.rt().templater.controller().vaultSecrets().decryptIfVaulted(bytes(p), p.toString()), encoding);
        } catch (io.jplay.vault.VaultException e) {
            throw LookupFailure.of("ansible.parsing.vault.AnsibleVaultError", e.getMessage());
        }
    }

    static byte[] bytes(Path p) throws TemplateException {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new TemplateException("could not read " + p + ": " + e.getMessage(), e);
        }
    }

    private static String decode(byte[] bytes, String encoding) throws TemplateException {
        try {
            return io.jplay.python.PyBytes.decode(bytes, encoding);
        } catch (IllegalArgumentException e) {
            throw LookupFailure.of("LookupError", e.getMessage());
        }
    }

    static String read(Path p) throws TemplateException {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateException("could not read " + p + ": " + e.getMessage(), e);
        }
    }

    /** One term of the fileglob lookup: the term's directory as found in {@code files/}, else {@code files/} then the base dir. */
    private static List<String> fileglob(Call c, String term) throws TemplateException {
        Path dir = Path.of(term).getParent();
        List<Path> dirs = new ArrayList<>();
        if (dir == null) {
            dirs.addAll(c.rt().searchPath("files"));
        } else {
            Path found = find(c, "files", dir.toString());
            if (found != null) {
                dirs.add(found);
            }
        }
        String name = Path.of(term).getFileName().toString();
        for (Path d : dirs) {
            List<String> found = new ArrayList<>();
            for (String g : GlobFilters.glob(d.toAbsolutePath().normalize() + "/" + name)) {
                if (Files.isRegularFile(Path.of(g))) {
                    found.add(g);
                }
            }
            if (!found.isEmpty()) {
                Collections.sort(found);
                return found;
            }
        }
        return List.of();
    }

    /**
     * Ansible's {@code nested}: the first list's elements as they are, each further list combined with every row so
     * far, and every pair and finally every row flattened one level (lists spread, text and numbers kept; a row
     * that cannot be iterated is Python's TypeError).
     */
    private static List<Object> nested(Call c) throws TemplateException {
        if (c.args().isEmpty()) {
            throw new TemplateException("with_nested requires at least one element in the nested list");
        }
        List<Object> rows = null;
        for (Object t : c.args()) {
            // listify_lookup_plugin_terms: a text element is one value (never a variable name, never its characters)
            List<Object> terms = Ops.iterate(t instanceof CharSequence ? List.of(t) : t);
            if (rows == null) {
                rows = terms;
                continue;
            }
            List<Object> next = new ArrayList<>();
            for (Object x : rows) {
                for (Object y : terms) {
                    next.add(flattenOnce(java.util.Arrays.asList(x, y)));
                }
            }
            rows = next;
        }
        List<Object> out = new ArrayList<>();
        for (Object row : rows) {
            out.add(flattenOnce(row));
        }
        return out;
    }

    private static List<Object> flattenOnce(Object row) throws TemplateException {
        if (!(row instanceof Iterable<?> || row instanceof Map<?, ?> || row instanceof CharSequence)) {
            throw TemplateException.pythonException("TypeError: '" + PythonRepr.typeName(row) + "' object is not iterable", null);
        }
        List<Object> out = new ArrayList<>();
        for (Object term : Ops.iterate(row)) {
            if (term instanceof List<?> l) {
                out.addAll(l);
            } else {
                out.add(term);
            }
        }
        return out;
    }
}
