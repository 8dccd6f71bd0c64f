package io.jplay.playbook.parse;

/** Where the parser reports what Ansible's parser reports with {@code display.deprecated}. */
@FunctionalInterface
public interface Deprecations {
    /** {@code msg} (without a final period) will be removed from ansible-core {@code version}. */
    void deprecated(String msg, String version);
}
