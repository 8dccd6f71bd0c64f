package io.jplay.connection.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small reader for {@code ~/.ssh/config}: {@code Host} blocks with glob patterns (and {@code !}
 * negation) and plain {@code Key value} lines. Like OpenSSH, the first value found for a key wins,
 * and lines before the first {@code Host} apply to every host. {@code Match} blocks and
 * {@code Include} are not supported; a {@code Match} block is skipped.
 */
final class SshConfigFile {
    private record Line(List<String> patterns, String key, String value) {
    }

    private final List<Line> lines;

    private SshConfigFile(List<Line> lines) {
        this.lines = lines;
    }

    static SshConfigFile empty() {
        return new SshConfigFile(List.of());
    }

    static SshConfigFile read(Path file) {
        if (file == null || !Files.isReadable(file)) {
            return empty();
        }
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            return empty();
        }
    }

    static SshConfigFile parse(List<String> text) {
        List<Line> lines = new ArrayList<>();
        List<String> patterns = List.of("*");
        for (String raw : text) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int cut = SshArgs.indexOfWhitespace(line);
            int eq = line.indexOf('=');
            if (eq > 0 && (cut < 0 || eq < cut)) {
                cut = eq;
            }
            if (cut <= 0) {
                continue;
            }
            String key = line.substring(0, cut).toLowerCase(Locale.ROOT);
            String value = line.substring(cut + 1).strip();
            if (value.startsWith("=")) {
                value = value.substring(1).strip();
            }
            if (key.equals("host")) {
                patterns = List.of(value.split("\\s+"));
            } else if (key.equals("match")) {
                patterns = List.of();
            } else {
                lines.add(new Line(patterns, key, SshArgs.unquote(value)));
            }
        }
        return new SshConfigFile(lines);
    }

    /** The options that apply to {@code host} (the name as given, before {@code HostName}). */
    Map<String, String> optionsFor(String host) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Line line : lines) {
            if (matches(line.patterns(), host)) {
                options.putIfAbsent(line.key(), line.value());
            }
        }
        return options;
    }

    static boolean matches(List<String> patterns, String host) {
        boolean matched = false;
        for (String pattern : patterns) {
            boolean negated = pattern.startsWith("!");
            String glob = negated ? pattern.substring(1) : pattern;
            if (glob(glob).matcher(host).matches()) {
                if (negated) {
                    return false;
                }
                matched = true;
            }
        }
        return matched;
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
