package io.jplay.yaml;

/** A YAML file could not be read; the message names the file, line and column. */
public class YamlException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;

    public YamlException(String message, String file, int line, int column, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** 1-based, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based, or 0 when unknown. */
    public int column() {
        return column;
    }
}
