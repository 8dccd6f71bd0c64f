package io.jplay.config;

import io.jplay.python.PyBool;
import java.util.Optional;

/**
 * Ansible settings jplay does not act on but templates may read with {@code lookup('config')}:
 * their environment variable, ansible.cfg entry and default, as in ansible-core 2.14's base.yml.
 */
enum TemplatingConstants {
    DEFAULT_JINJA2_NATIVE("ANSIBLE_JINJA2_NATIVE", "jinja2_native", Boolean.FALSE),
    ANSIBLE_NOCOWS("ANSIBLE_NOCOWS", "nocows", Boolean.FALSE),
    DEFAULT_KEEP_REMOTE_FILES("ANSIBLE_KEEP_REMOTE_FILES", "keep_remote_files", Boolean.FALSE),
    DEFAULT_NULL_REPRESENTATION("ANSIBLE_NULL_REPRESENTATION", "null_representation", null),
    DEFAULT_MODULE_NAME(null, "module_name", "command"),
    DEFAULT_MANAGED_STR(null, "ansible_managed", "Ansible managed");

    private final String envName;
    private final String iniKey;
    private final Object defaultValue;

    TemplatingConstants(String envName, String iniKey, Object defaultValue) {
        this.envName = envName;
        this.iniKey = iniKey;
        this.defaultValue = defaultValue;
    }

    static Optional<Optional<Object>> value(String name, AnsibleConfig config) {
        for (TemplatingConstants c : values()) {
            if (c.name().equals(name)) {
                Optional<String> raw = config.get("defaults", c.iniKey, c.envName);
                Object v = raw.isEmpty() ? c.defaultValue
                        : c.defaultValue instanceof Boolean ? (Object) PyBool.boolean_(raw.get()) : raw.get();
                return Optional.of(Optional.ofNullable(v));
            }
        }
        return Optional.empty();
    }
}
