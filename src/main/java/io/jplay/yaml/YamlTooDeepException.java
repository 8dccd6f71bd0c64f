package io.jplay.yaml;

/**
 * A YAML file nested deeper than the loader's limit. ansible-playbook fails on such a file with an
 * unexpected-exception error (Python's recursion limit), so callers report it with that exit code.
 */
public final class YamlTooDeepException extends YamlException {
    private static final long serialVersionUID = 1L;

    public YamlTooDeepException(String message, String file, int line, int column) {
        super(message, file, line, column, null);
    }
}
