package io.jplay.module.python;

import io.jplay.json.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finds the controller's Python that can import {@code ansible}: the configured interpreter first,
 * then the one in {@code ansible-playbook}'s {@code #!} line, then {@code python3} candidates. The
 * first one asked successfully describes the installation ({@link AnsibleInstall}).
 */
public final class ControllerPython {
    private static final String PROBE = String.join("\n",
            "import json, os, sys",
            "import ansible",
            "from ansible.release import __version__",
            "sites = [p for p in sys.path if p and os.path.isdir(os.path.join(p, 'ansible_collections'))]",
            "print(json.dumps({'dir': os.path.dirname(os.path.abspath(ansible.__file__)), 'version': __version__,",
            "                  'sites': sites, 'python': sys.executable}))");

    private final String configured;
    private final List<Path> pathDirs;

    /**
     * @param configured an interpreter set by configuration, or {@code null}
     * @param pathDirs the controller's {@code PATH} directories (where {@code ansible-playbook} is looked for)
     */
    public ControllerPython(String configured, List<Path> pathDirs) {
        this.configured = configured;
        this.pathDirs = List.copyOf(pathDirs);
    }

    /** The installation, or empty when no candidate imports {@code ansible}. */
    public Optional<AnsibleInstall> find() {
        for (String candidate : candidates()) {
            Optional<AnsibleInstall> found = probe(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The interpreters tried, in order (for messages too). */
    public List<String> candidates() {
        Set<String> out = new LinkedHashSet<>();
        if (configured != null && !configured.isBlank()) {
            out.add(configured.strip());
        }
        for (Path dir : pathDirs) {
            Path playbook = dir.resolve("ansible-playbook");
            if (Files.isRegularFile(playbook)) {
                shebang(playbook).ifPresent(out::add);
            }
        }
        out.add("python3");
        out.add("/usr/bin/python3");
        return new ArrayList<>(out);
    }

    /**
     * The controller interpreter as a path, without running anything: the first candidate that is an
     * executable file or found in {@code PATH}. It is {@code ansible_playbook_python}, and the
     * interpreter of the implicit {@code localhost}, as Ansible uses its own interpreter there.
     */
    public String playbookPython() {
        for (String candidate : candidates()) {
            if (candidate.startsWith("/")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    return candidate;
                }
                continue;
            }
            for (Path dir : pathDirs) {
                if (Files.isExecutable(dir.resolve(candidate))) {
                    return dir.resolve(candidate).toString();
                }
            }
        }
        return "/usr/bin/python3";
    }

    static Optional<String> shebang(Path script) {
        try (var in = Files.newInputStream(script)) {
            String first = new String(in.readNBytes(256), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (!first.startsWith("#!")) {
                return Optional.empty();
            }
            String[] words = first.substring(2).strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                return Optional.empty();
            }
            // "#!/usr/bin/env python3" names the interpreter in its second word
            String interpreter = words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
            // an ansible-playbook that is a shell wrapper (jplay's own launcher, say) names no Python
            String name = interpreter.substring(interpreter.lastIndexOf('/') + 1);
            return name.startsWith("python") ? Optional.of(interpreter) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<AnsibleInstall> probe(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", PROBE).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            Object parsed = JsonParser.parse(new String(out, StandardCharsets.UTF_8).strip());
            if (!(parsed instanceof Map<?, ?> m)) {
                return Optional.empty();
            }
            List<Path> sites = new ArrayList<>();
            if (m.get("sites") instanceof List<?> l) {
                l.forEach(s -> sites.add(Path.of(String.valueOf(s))));
            }
            String exe = m.get("python") instanceof String s && !s.isEmpty() ? s : python;
            return Optional.of(new AnsibleInstall(Path.of(exe), Path.of(String.valueOf(m.get("dir"))),
                    String.valueOf(m.get("version")), sites));
        } catch (IOException | io.jplay.json.JsonException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
