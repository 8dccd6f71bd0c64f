package io.jplay.module.builtin;

import io.jplay.module.ModuleException;
import io.jplay.python.PyEscapes;
import io.jplay.python.PyRegex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file {@code assemble} makes from a controller directory of fragments, byte for byte as
 * Ansible's action does: the regular files in name order (those matching {@code regexp}, without
 * hidden ones when asked), a newline after a fragment that lacks one, the escape-decoded delimiter
 * and a newline between fragments.
 */
record Fragments(ControllerSources sources, boolean decrypt) {

    byte[] assemble(Path dir, String delimiter, String regexp, boolean ignoreHidden) throws ModuleException {
        Pattern pattern = regexp == null ? null : compile(regexp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] delimit = delimiter == null ? null : delimiter.getBytes(StandardCharsets.UTF_8);
        boolean between = false;
        boolean addNewline = false;
        for (String name : names(dir)) {
            Path fragment = dir.resolve(name);
            if (pattern != null && !pattern.matcher(name).find() || !Files.isRegularFile(fragment)
                    || ignoreHidden && name.startsWith(".")) {
                continue;
            }
            byte[] content = sources.read(fragment, decrypt);
            if (addNewline) {
                out.write('\n');
            }
            if (between && delimit != null && delimit.length > 0) {
                // Ansible decodes the delimiter again for every fragment, and always adds a newline
                delimit = decode(delimit);
                out.writeBytes(delimit);
                out.write('\n');
            }
            out.writeBytes(content);
            between = true;
            addNewline = content.length == 0 || content[content.length - 1] != '\n';
        }
        return out.toByteArray();
    }

    private static List<String> names(Path dir) throws ModuleException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = new ArrayList<>(entries.map(p -> p.getFileName().toString()).toList());
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new ModuleException("could not list " + dir + ": " + e.getMessage());
        }
    }

    private static Pattern compile(String regexp) throws ModuleException {
        try {
            return PyRegex.compile(regexp, 0);
        } catch (IllegalArgumentException e) {
            throw new ModuleException("Unexpected failure during module execution: " + e.getMessage());
        }
    }

    private static byte[] decode(byte[] delimiter) throws ModuleException {
        try {
            return PyEscapes.escapeDecode(delimiter);
        } catch (IllegalArgumentException e) {
            throw new ModuleException("Unexpected failure during module execution: " + e.getMessage());
        }
    }
}
