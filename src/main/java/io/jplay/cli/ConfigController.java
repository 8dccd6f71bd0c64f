package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.config.RunEnvironment;
import io.jplay.template.Controller;
import io.jplay.vault.VaultSecrets;
import io.jplay.yaml.YamlStrings;
import java.util.Map;
import java.util.Optional;

/** The controller as templates see it: this process's environment, the loaded ansible.cfg, the run's vault secrets and the strings its YAML loader made. */
public final class ConfigController implements Controller {
    private final AnsibleConfig config;
    private final Map<String, String> env;
    private final VaultSecrets vault;
    private final String home;
    private final YamlStrings yamlStrings;

    public ConfigController(AnsibleConfig config, RunEnvironment environment, VaultSecrets vault) {
        this(config, environment, vault, YamlStrings.none());
    }

    public ConfigController(AnsibleConfig config, RunEnvironment environment, VaultSecrets vault, YamlStrings yamlStrings) {
        this.yamlStrings = yamlStrings;
        this.config = config;
        this.env = Map.copyOf(environment.env());
        this.vault = vault;
        this.home = environment.home().toString();
    }

    @Override
    public String home() {
        return home;
    }

    @Override
    public YamlStrings yamlStrings() {
        return yamlStrings;
    }

    @Override
    public VaultSecrets vaultSecrets() {
        return vault;
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
