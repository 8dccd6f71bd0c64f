package io.jplay.output;

import java.util.Map;

/** Ansible's {@code host_label}: {@code host}, or {@code host -> delegate} (plus {@code (address)} when it differs). */
final class HostLabel {
    private HostLabel() {
    }

    static String of(String host, String delegatedTo, Map<String, Object> clean) {
        if (delegatedTo == null || delegatedTo.isEmpty() || delegatedTo.equals(host)) {
            return host;
        }
        String label = host + " -> " + delegatedTo;
        Object address = delegatedTo;
        if (clean.get("_ansible_delegated_vars") instanceof Map<?, ?> vars && vars.containsKey("ansible_host")) {
            address = vars.get("ansible_host");
        }
        if (!delegatedTo.equals(address)) {
            label += "(" + PythonText.str(address) + ")";
        }
        return label;
    }
}
