package io.jplay.config;

/** ansible.cfg or an {@code ANSIBLE_*} variable could not be read or has a value of the wrong type. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
