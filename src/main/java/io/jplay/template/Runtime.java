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
    /** The delimiters of the text being rendered: Jinja's, or those a template lookup was given. */
    Delimiters delimiters = Delimiters.DEFAULT;
    /** jinja2_native: results keep their types, and None prints as {@code None}. */
    final boolean nativeTypes;
    /** The role subdirectory {@code first_found} searches: {@code files}, or a loop task's own (see LookupRunner). */
    String fileSubdir = "files";
    /** The template inheritance chain being rendered (see {@link Inheritance}), or null outside a template. */
    Inheritance.Chain chain;
    /**
     * Whether the template read an unsafe variable or ran a lookup (Ansible's {@code AnsibleContext.unsafe}):
     * its result is then unsafe, never templated again (see {@link Templater#templateMarkingUnsafe}).
     */
    boolean readUnsafe;

    Runtime(AnsibleTemplater templater, Library lib, Map<String, Object> raw, Consumer<String> warnings) {
        this.templater = templater;
        this.lib = lib;
        this.warnings = warnings;
        this.vars = new LazyVars(raw, this);
        this.nativeTypes = templater.jinja2Native();
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

    /**
     * The directories a file lookup tries, in order, as Ansible's {@code path_dwim_relative_stack} does: for
     * each entry of {@code ansible_search_path} (the task's role chain, its file's directory, the play's
     * directory; {@code role_path} and {@code playbook_dir} when not set) the entry's {@code subdir}, then the
     * entry itself; last the play's directory's {@code subdir} and itself.
     */
    java.util.List<Path> searchPath(String subdir) throws TemplateException {
        java.util.List<Path> out = new java.util.ArrayList<>();
        java.util.List<String> stack = new java.util.ArrayList<>();
        if (vars.get("ansible_search_path") instanceof java.util.List<?> l) {
            l.forEach(p -> stack.add(String.valueOf(p)));
        } else if (vars.get("role_path") instanceof String s && !s.isEmpty()) {
            stack.add(s);
        }
        if (vars.get("playbook_dir") instanceof String s && !s.isEmpty()) {
            stack.add(s);
        }
        for (String dir : stack) {
            Path p = Path.of(dir);
            if (!out.contains(p.resolve(subdir))) {
                out.add(p.resolve(subdir));
                out.add(p);
            }
        }
        out.add(Path.of("").toAbsolutePath());
        return out;
    }
}
