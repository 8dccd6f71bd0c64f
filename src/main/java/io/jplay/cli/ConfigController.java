package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.template.Controller;
import java.util.Map;
import java.util.Optional;

/** The controller as templates see it: this process's environment and the loaded ansible.cfg. */
public final class ConfigController implements Controller {
    private final AnsibleConfig config;
    private final Map<String, String> env;

    public ConfigController(AnsibleConfig config, Map<String, String> env) {
        this.config = config;
        this.env = Map.copyOf(env);
    }

    @Override
    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name));
    }

    @Override
    public Optional<Optional<Object>> setting(String name) {
        return config.constant(name);
    }
}
