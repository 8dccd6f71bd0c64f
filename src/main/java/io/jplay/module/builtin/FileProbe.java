package io.jplay.module.builtin;

import io.jplay.connection.ShellQuote;
import java.util.ArrayList;
import java.util.List;

/** Labelled {@link StatProbe} blocks and a few tests composed into one script, and their parsing. */
final class FileProbe {
    private final StringBuilder script = new StringBuilder();

    FileProbe stat(String label, String path, boolean follow) {
        return stat(label, path, follow, null);
    }

    /** A labelled stat block, with the file's digest when {@code checksumTool} is given. */
    FileProbe stat(String label, String path, boolean follow, String checksumTool) {
        script.append("echo '@@probe ").append(label).append("'; ")
                .append(StatProbe.script(path, follow, checksumTool, false)).append(' ');
        return this;
    }

    FileProbe test(String label, String condition) {
        script.append("if ").append(condition).append("; then echo '@@yes ").append(label).append("'; fi; ");
        return this;
    }

    /** Lists a directory tree as {@code @@D path} and {@code @@F path} lines, each directory's entries first. */
    FileProbe walk(String path) {
        script.append("jplay_walk() { for jplay_e in \"$1\"/* \"$1\"/.[!.]* \"$1\"/..?*; do "
                + "if [ -L \"$jplay_e\" ] || [ -e \"$jplay_e\" ]; then if [ -d \"$jplay_e\" ] && [ ! -L \"$jplay_e\" ]; "
                + "then echo \"@@D $jplay_e\"; else echo \"@@F $jplay_e\"; fi; fi; done; "
                + "for jplay_e in \"$1\"/* \"$1\"/.[!.]* \"$1\"/..?*; do if [ -d \"$jplay_e\" ] && [ ! -L \"$jplay_e\" ]; "
                + "then jplay_walk \"$jplay_e\"; fi; done; }; if [ -d ")
                .append(ShellQuote.quote(path)).append(" ]; then jplay_walk ").append(ShellQuote.quote(path))
                .append("; fi; ");
        return this;
    }

    FileProbe raw(String shell) {
        script.append(shell).append(' ');
        return this;
    }

    String script() {
        return script.toString();
    }

    static FileStat stat(String output, String label) {
        int at = output.indexOf("@@probe " + label + "\n");
        return at < 0 ? FileStat.ABSENT : StatProbe.parse(output.substring(at));
    }

    static boolean yes(String output, String label) {
        return output.lines().anyMatch(l -> l.equals("@@yes " + label));
    }

    /** The {@code @@D}/{@code @@F} lines of a walk: [directories, files]. */
    static List<List<String>> walked(String output) {
        List<String> dirs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        output.lines().forEach(l -> {
            if (l.startsWith("@@D ")) {
                dirs.add(l.substring(4));
            } else if (l.startsWith("@@F ")) {
                files.add(l.substring(4));
            }
        });
        return List.of(dirs, files);
    }
}
