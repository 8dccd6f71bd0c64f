package io.jplay.config;

import io.jplay.python.PyBool;
import io.jplay.python.PyInt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts raw setting text to typed values as Ansible's ensure_type: strings unquoted, lists split
 * on commas, paths with {@code $VARS} and {@code ~} expanded and made absolute against a base
 * directory (the config file's directory for values read from it, else the working directory).
 */
final class ValueConverter {
    private static final Pattern VAR = Pattern.compile("\\$(\\w+)|\\$\\{([^}]*)\\}");

    private final Map<String, String> env;
    private final Path home;

    ValueConverter(Map<String, String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    /**
     * The typed value of {@code raw}, read from {@code origin} ({@code env: NAME}, the config file's
     * path, or {@code default}), checked against the setting's choices as Ansible's config manager.
     *
     * @throws ConfigException with Ansible's {@code Invalid type ...} or {@code Invalid value ...} message
     */
    Object convert(Setting s, String raw, Path baseDir, String origin) {
        Object value = typed(s, raw, baseDir, origin);
        List<String> choices = s.choices();
        if (value != null && !choices.isEmpty() && !choices.contains(value)) {
            throw new ConfigException("Invalid value \"" + value + "\" for configuration option \"setting: "
                    + s.configLabel() + " \", valid values are: " + String.join(", ", choices));
        }
        return value;
    }

    private Object typed(Setting s, String raw, Path baseDir, String origin) {
        if (raw == null) {
            return null;
        }
        switch (s.type) {
            case BOOL:
                return PyBool.boolean_(raw);
            case INT:
                try {
                    return PyInt.parseSaturated(raw);
                } catch (NumberFormatException e) {
                    throw new ConfigException("Invalid type for configuration option setting: " + s.configLabel()
                            + " (from " + origin + "): " + e.getMessage());
                }
            case LIST:
                return splitList(raw, ",", false, baseDir);
            case PATH:
                return resolvePath(raw, baseDir);
            case PATHLIST:
                return splitList(raw, ",", true, baseDir);
            case PATHSPEC:
                return splitList(raw, ":", true, baseDir);
            default:
                return unquote(raw);
        }
    }

    private List<String> splitList(String raw, String sep, boolean paths, Path baseDir) {
        List<String> out = new ArrayList<>();
        for (String part : raw.split(Pattern.quote(sep), -1)) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            out.add(paths ? resolvePath(item, baseDir) : unquote(item));
        }
        return List.copyOf(out);
    }

    /** Ansible's unfrackpath without following links: expandvars, expanduser, absolute, normalised. */
    String resolvePath(String path, Path baseDir) {
        String p = expandVars(path);
        if (p.equals("~") || p.startsWith("~/")) {
            p = home.toString() + p.substring(1);
        }
        return baseDir.resolve(p).normalize().toString();
    }

    Path resolvePathOnly(String path, Path baseDir) {
        return Path.of(resolvePath(path, baseDir));
    }

    private String expandVars(String text) {
        Matcher m = VAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = env.get(name);
            m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Strips one pair of matching surrounding quotes, as Ansible's unquote. */
    static String unquote(String s) {
        if (s.length() >= 2) {
            char first = s.charAt(0);
            if ((first == '"' || first == '\'') && s.charAt(s.length() - 1) == first) {
                return s.substring(1, s.length() - 1);
            }
        }
        return s;
    }
}
