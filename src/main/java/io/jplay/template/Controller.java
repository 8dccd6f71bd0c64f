package io.jplay.template;

import io.jplay.vault.VaultSecrets;
import io.jplay.yaml.YamlStrings;
import java.util.Map;
import java.util.Optional;

/**
 * What lookups and filters see of the controller: its environment ({@code env} lookup,
 * {@code expanduser}) and Ansible's settings by their {@code ansible.constants} name
 * ({@code config} lookup), the run's vault secrets and the strings its YAML loader made.
 */
public interface Controller {

    /** An environment variable of the controller process. */
    Optional<String> env(String name);

    /**
     * The value of setting {@code name} (e.g. {@code DEFAULT_FORKS}) as ansible.cfg and the
     * environment make it; an empty Optional when the setting is unknown, an Optional holding
     * an empty Optional when it is known and unset ({@code None}).
     */
    Optional<Optional<Object>> setting(String name);

    /**
     * {@code ~} on the controller, as Python's {@code os.path.expanduser} finds it; by default the
     * {@code HOME} variable, or {@code ~} itself (left unexpanded) when that is unset.
     */
    default String home() {
        return env("HOME").filter(h -> !h.isEmpty()).orElse("~");
    }

    /** The run's vault secrets ({@code unvault} lookup, vaulted files read by lookups); none by default. */
    default VaultSecrets vaultSecrets() {
        return VaultSecrets.none();
    }

    /**
     * The strings the run's YAML loader made (Ansible's {@code AnsibleUnicode}, as {@code type_debug} names them);
     * none by default.
     */
    default YamlStrings yamlStrings() {
        return YamlStrings.none();
    }

    /** The process environment and no ansible.cfg. */
    static Controller ofEnvironment(Map<String, String> env) {
        return new Controller() {
            @Override
            public Optional<String> env(String name) {
                return Optional.ofNullable(env.get(name));
            }

            @Override
            public Optional<Optional<Object>> setting(String name) {
                return Optional.empty();
            }
        };
    }
}
