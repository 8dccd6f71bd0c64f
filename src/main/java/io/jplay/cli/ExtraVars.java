package io.jplay.cli;

import io.jplay.yaml.VaultedFileException;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code -e} values as Ansible reads them: {@code @file} (YAML or JSON), inline YAML/JSON text
 * starting with {@code {} or {@code [}, or {@code key=value} pairs (values stay strings). Later
 * values win.
 */
final class ExtraVars {
    private final YamlLoader yaml;
    private final Path cwd;

    ExtraVars(YamlLoader yaml, Path cwd) {
        this.yaml = yaml;
        this.cwd = cwd;
    }

    Map<String, Object> parse(Iterable<String> values) throws CliException {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (String value : values) {
            vars.putAll(parseOne(value.trim()));
        }
        return vars;
    }

    private Map<String, Object> parseOne(String value) throws CliException {
        if (value.startsWith("@")) {
            Path file = cwd.resolve(value.substring(1));
            if (!Files.exists(file)) {
                throw new CliException("the file_name '" + file + "' does not exist, or is not readable",
                        ExitCodes.ERROR);
            }
            try {
                return asMap(yaml.load(file), value);
            } catch (VaultedFileException e) {
                throw new CliException(e.getMessage(), ExitCodes.ERROR);
            } catch (YamlException e) {
                throw new CliException(e.getMessage(), ExitCodes.ofYamlError(e));
            }
        }
        if (value.startsWith("{") || value.startsWith("[")) {
            try {
                return asMap(yaml.loadAll(value, io.jplay.yaml.AnsibleErrorText.IN_MEMORY).stream().findFirst().orElse(null), value);
            } catch (YamlException e) {
                throw new CliException(e.getMessage(), ExitCodes.ofYamlError(e));
            }
        }
        if (value.isEmpty()) {
            return Map.of();
        }
        return io.jplay.python.KvArgs.parse(value, false);
    }

    private static Map<String, Object> asMap(Object loaded, String source) throws CliException {
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> m)) {
            throw new CliException("Invalid extra vars data supplied. '" + source + "' could not be made into a dictionary",
                    ExitCodes.ERROR);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
