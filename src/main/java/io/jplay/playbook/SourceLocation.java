package io.jplay.playbook;

/** Where something was written: file, 1-based line and column. */
public record SourceLocation(String file, int line, int column) {

    public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0);

    /** {@code file:line}, the form Ansible gives a task's or play's path. */
    public String path() {
        return line <= 0 ? "" : file + ":" + line;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
