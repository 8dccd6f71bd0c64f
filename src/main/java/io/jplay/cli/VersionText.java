package io.jplay.cli;

import io.jplay.config.AnsibleConfig;

/** {@code jplay --version}, laid out like {@code ansible-playbook --version}. */
final class VersionText {
    private VersionText() {
    }

    static String of(AnsibleConfig config, String version) {
        return "jplay " + version + " [ansible-core 2.14 compatible]\n"
                + "  config file = " + config.configFile().map(Object::toString).orElse("None") + "\n"
                + "  java version = " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + ")\n";
    }
}
