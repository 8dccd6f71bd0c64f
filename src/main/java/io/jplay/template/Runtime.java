package io.jplay.template;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** What one top-level templating call works with: the library, the lazy variables, the sink. */
final class Runtime {
    final Library lib;
    final LazyVars vars;
    final AnsibleTemplater templater;
    final Consumer<String> warnings;
    /** The template file being rendered (template module or lookup), or null for a plain string. */
    Path templateFile;

    Runtime(AnsibleTemplater templater, Library lib, Map<String, Object> raw, Consumer<String> warnings) {
        this.templater = templater;
        this.lib = lib;
        this.warnings = warnings;
        this.vars = new LazyVars(raw, this);
    }

    Scope scope() {
        return new Scope(null, this);
    }

    /** Where relative paths of file lookups resolve: {@code role_path}, else {@code playbook_dir}, else cwd. */
    Path baseDir() throws TemplateException {
        for (String name : new String[] {"role_path", "playbook_dir"}) {
            Object v = vars.get(name);
            if (v instanceof String s && !s.isEmpty()) {
                return Path.of(s);
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /**
     * Where {@code include} and {@code import} look: for a template file, the {@code templates}
     * search path and the file's own directory; for a plain string, the playbook's directory only
     * (Ansible's loader base directory).
     */
    java.util.List<Path> includePath() throws TemplateException {
        if (templateFile != null) {
            java.util.List<Path> out = new java.util.ArrayList<>(searchPath("templates"));
            Path dir = templateFile.toAbsolutePath().getParent();
            if (dir != null) {
                out.add(dir);
            }
            return out;
        }
        Object pd = vars.get("playbook_dir");
        return java.util.List.of(pd instanceof String s && !s.isEmpty() ? Path.of(s) : Path.of("").toAbsolutePath());
    }

    /** Search path for {@code file}/{@code template} lookups: role's files/templates, then the playbook's. */
    java.util.List<Path> searchPath(String subdir) throws TemplateException {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (String name : new String[] {"role_path", "playbook_dir"}) {
            Object v = vars.get(name);
            if (v instanceof String s && !s.isEmpty()) {
                out.add(Path.of(s, subdir));
                out.add(Path.of(s));
            }
        }
        out.add(Path.of("").toAbsolutePath());
        return out;
    }
}
