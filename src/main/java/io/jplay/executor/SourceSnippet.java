package io.jplay.executor;

import io.jplay.playbook.SourceLocation;
import io.jplay.yaml.AnsibleErrorText;

/** Ansible's pointer to where a failing task was written, appended to runtime error messages. */
final class SourceSnippet {
    private SourceSnippet() {
    }

    static String describe(SourceLocation location) {
        if (location == null || location.line() <= 0) {
            return "";
        }
        return "\n\n" + AnsibleErrorText.positionDetails(location.file(), null, location.line(), location.column());
    }
}
