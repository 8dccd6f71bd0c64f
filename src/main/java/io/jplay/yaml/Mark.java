package io.jplay.yaml;

/** A position in a YAML source: file label, 1-based line and column. */
public record Mark(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
