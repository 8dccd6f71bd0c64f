package io.jplay.cli;

/** ansible-playbook's exit codes, in the one place that maps outcomes to them. */
final class ExitCodes {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int FAILED_HOSTS = 2;
    static final int USAGE = 2;
    static final int UNREACHABLE_OR_PARSER = 4;
    static final int OPTIONS = 5;
    static final int INTERRUPTED = 99;
    static final int UNEXPECTED = 250;

    /**
     * A file or text that is not YAML: Ansible's parser error, 4; nested past the depth limit: 250, as
     * ansible-playbook ends on such input with Python's recursion error.
     */
    static int ofYamlError(io.jplay.yaml.YamlException e) {
        return e instanceof io.jplay.yaml.YamlTooDeepException ? UNEXPECTED : UNREACHABLE_OR_PARSER;
    }

    private ExitCodes() {
    }
}
