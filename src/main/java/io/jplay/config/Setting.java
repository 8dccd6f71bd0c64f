package io.jplay.config;

import java.util.List;

/**
 * The settings jplay reads, with Ansible's names: environment variables and ini entries (in
 * Ansible's order; when several are set the last one listed wins), type and default (names and
 * defaults from ansible-core 2.14's config/base.yml and plugin docs).
 */
public enum Setting {
    INVENTORY(Type.PATHLIST, "/etc/ansible/hosts", List.of("ANSIBLE_INVENTORY"), ini("defaults", "inventory")),
    FORKS(Type.INT, "5", List.of("ANSIBLE_FORKS"), ini("defaults", "forks")),
    REMOTE_USER(Type.STRING, null, List.of("ANSIBLE_REMOTE_USER"), ini("defaults", "remote_user")),
    PRIVATE_KEY_FILE(Type.PATH, null, List.of("ANSIBLE_PRIVATE_KEY_FILE"), ini("defaults", "private_key_file")),
    HOST_KEY_CHECKING(Type.BOOL, "true", List.of("ANSIBLE_HOST_KEY_CHECKING"), ini("defaults", "host_key_checking")),
    TIMEOUT(Type.INT, "10", List.of("ANSIBLE_TIMEOUT"), ini("defaults", "timeout")),
    POLL_INTERVAL(Type.INT, "15", List.of("ANSIBLE_POLL_INTERVAL"), ini("defaults", "poll_interval")),
    /** The default of the {@code timeout} keyword; 0 means none. */
    TASK_TIMEOUT(Type.INT, "0", List.of("ANSIBLE_TASK_TIMEOUT"), ini("defaults", "task_timeout")),
    /** Not expanded on the controller: {@code ~} means the remote user's home. */
    ASYNC_DIR(Type.STRING, "~/.ansible_async", List.of("ANSIBLE_ASYNC_DIR"), ini("defaults", "async_dir")),
    STDOUT_CALLBACK(Type.STRING, "default", List.of("ANSIBLE_STDOUT_CALLBACK"), ini("defaults", "stdout_callback")),
    CALLBACKS_ENABLED(Type.LIST, "", List.of("ANSIBLE_CALLBACK_WHITELIST", "ANSIBLE_CALLBACKS_ENABLED"),
            ini("defaults", "callback_whitelist", "defaults", "callbacks_enabled")),
    NOCOLOR(Type.BOOL, "false", List.of("ANSIBLE_NOCOLOR", "NO_COLOR"), ini("defaults", "nocolor")),
    FORCE_COLOR(Type.BOOL, "false", List.of("ANSIBLE_FORCE_COLOR"), ini("defaults", "force_color")),
    ROLES_PATH(Type.PATHSPEC, "~/.ansible/roles:/usr/share/ansible/roles:/etc/ansible/roles",
            List.of("ANSIBLE_ROLES_PATH"), ini("defaults", "roles_path")),
    GATHERING(Type.STRING, "implicit", List.of("ANSIBLE_GATHERING"), ini("defaults", "gathering")),
    /** The fact cache plugin: {@code memory} or {@code jsonfile}. */
    CACHE_PLUGIN(Type.STRING, "memory", List.of("ANSIBLE_CACHE_PLUGIN"), ini("defaults", "fact_caching")),
    CACHE_PLUGIN_CONNECTION(Type.PATH, null, List.of("ANSIBLE_CACHE_PLUGIN_CONNECTION"),
            ini("defaults", "fact_caching_connection")),
    CACHE_PLUGIN_PREFIX(Type.STRING, "ansible_facts", List.of("ANSIBLE_CACHE_PLUGIN_PREFIX"),
            ini("defaults", "fact_caching_prefix")),
    CACHE_PLUGIN_TIMEOUT(Type.INT, "86400", List.of("ANSIBLE_CACHE_PLUGIN_TIMEOUT"),
            ini("defaults", "fact_caching_timeout")),
    /** The plugin filter file (its {@code module_blacklist}); unset: {@code /etc/ansible/plugin_filters.yml}. ansible.cfg only, as Ansible has no environment variable for it. */
    PLUGIN_FILTERS_CFG(Type.PATH, null, List.of(), ini("defaults", "plugin_filters_cfg")),
    BECOME(Type.BOOL, "false", List.of("ANSIBLE_BECOME"), ini("privilege_escalation", "become")),
    BECOME_USER(Type.STRING, "root", List.of("ANSIBLE_BECOME_USER"), ini("privilege_escalation", "become_user")),
    BECOME_METHOD(Type.STRING, "sudo", List.of("ANSIBLE_BECOME_METHOD"), ini("privilege_escalation", "become_method")),
    BECOME_ASK_PASS(Type.BOOL, "false", List.of("ANSIBLE_BECOME_ASK_PASS"),
            ini("privilege_escalation", "become_ask_pass")),
    ASK_PASS(Type.BOOL, "false", List.of("ANSIBLE_ASK_PASS"), ini("defaults", "ask_pass")),
    ASK_VAULT_PASS(Type.BOOL, "false", List.of("ANSIBLE_ASK_VAULT_PASS"), ini("defaults", "ask_vault_pass")),
    VAULT_PASSWORD_FILE(Type.PATH, null, List.of("ANSIBLE_VAULT_PASSWORD_FILE"), ini("defaults", "vault_password_file")),
    VAULT_IDENTITY_LIST(Type.LIST, "", List.of("ANSIBLE_VAULT_IDENTITY_LIST"), ini("defaults", "vault_identity_list")),
    VAULT_IDENTITY(Type.STRING, "default", List.of("ANSIBLE_VAULT_IDENTITY"), ini("defaults", "vault_identity")),
    VAULT_ENCRYPT_IDENTITY(Type.STRING, null, List.of("ANSIBLE_VAULT_ENCRYPT_IDENTITY"),
            ini("defaults", "vault_encrypt_identity")),
    VAULT_ID_MATCH(Type.BOOL, "false", List.of("ANSIBLE_VAULT_ID_MATCH"), ini("defaults", "vault_id_match")),
    TRANSPORT(Type.STRING, "smart", List.of("ANSIBLE_TRANSPORT"), ini("defaults", "transport")),
    SSH_ARGS(Type.STRING, "-C -o ControlMaster=auto -o ControlPersist=60s", List.of("ANSIBLE_SSH_ARGS"),
            ini("ssh_connection", "ssh_args")),
    SSH_COMMON_ARGS(Type.STRING, "", List.of("ANSIBLE_SSH_COMMON_ARGS"), ini("ssh_connection", "ssh_common_args")),
    SSH_EXTRA_ARGS(Type.STRING, "", List.of("ANSIBLE_SSH_EXTRA_ARGS"), ini("ssh_connection", "ssh_extra_args")),
    PIPELINING(Type.BOOL, "false", List.of("ANSIBLE_PIPELINING", "ANSIBLE_SSH_PIPELINING"),
            ini("defaults", "pipelining", "connection", "pipelining", "ssh_connection", "pipelining")),
    LOG_PATH(Type.PATH, null, List.of("ANSIBLE_LOG_PATH"), ini("defaults", "log_path")),
    ANY_ERRORS_FATAL(Type.BOOL, "false", List.of("ANSIBLE_ANY_ERRORS_FATAL"), ini("defaults", "any_errors_fatal")),
    RETRY_FILES_ENABLED(Type.BOOL, "false", List.of("ANSIBLE_RETRY_FILES_ENABLED"),
            ini("defaults", "retry_files_enabled")),
    DISPLAY_SKIPPED_HOSTS(Type.BOOL, "true", List.of("ANSIBLE_DISPLAY_SKIPPED_HOSTS"),
            ini("defaults", "display_skipped_hosts")),
    DISPLAY_OK_HOSTS(Type.BOOL, "true", List.of("ANSIBLE_DISPLAY_OK_HOSTS"), ini("defaults", "display_ok_hosts")),
    DISPLAY_FAILED_STDERR(Type.BOOL, "false", List.of("ANSIBLE_DISPLAY_FAILED_STDERR"),
            ini("defaults", "display_failed_stderr")),
    SHOW_CUSTOM_STATS(Type.BOOL, "false", List.of("ANSIBLE_SHOW_CUSTOM_STATS"), ini("defaults", "show_custom_stats")),
    CHECK_MODE_MARKERS(Type.BOOL, "false", List.of("ANSIBLE_CHECK_MODE_MARKERS"),
            ini("defaults", "check_mode_markers")),
    RESULT_FORMAT(Type.STRING, "json", List.of("ANSIBLE_CALLBACK_RESULT_FORMAT"),
            ini("defaults", "callback_result_format")),
    DEPRECATION_WARNINGS(Type.BOOL, "true", List.of("ANSIBLE_DEPRECATION_WARNINGS"),
            ini("defaults", "deprecation_warnings")),
    SYSTEM_WARNINGS(Type.BOOL, "true", List.of("ANSIBLE_SYSTEM_WARNINGS"), ini("defaults", "system_warnings")),
    /** Removed from ansible-core 2.14 (no effect there); kept readable for older configs. */
    COMMAND_WARNINGS(Type.BOOL, "false", List.of("ANSIBLE_COMMAND_WARNINGS"), ini("defaults", "command_warnings")),
    LOCALHOST_WARNING(Type.BOOL, "true", List.of("ANSIBLE_LOCALHOST_WARNING"), ini("defaults", "localhost_warning")),
    HOST_PATTERN_MISMATCH(Type.STRING, "warning", List.of("ANSIBLE_HOST_PATTERN_MISMATCH"),
            ini("inventory", "host_pattern_mismatch")),
    VERBOSITY(Type.INT, "0", List.of("ANSIBLE_VERBOSITY"), ini("defaults", "verbosity")),
    INVENTORY_ENABLED(Type.LIST, "host_list, script, auto, yaml, ini, toml", List.of("ANSIBLE_INVENTORY_ENABLED"),
            ini("inventory", "enable_plugins")),
    INVENTORY_UNPARSED_WARNING(Type.BOOL, "true", List.of("ANSIBLE_INVENTORY_UNPARSED_WARNING"),
            ini("inventory", "inventory_unparsed_warning")),
    INVENTORY_UNPARSED_IS_FAILED(Type.BOOL, "false", List.of("ANSIBLE_INVENTORY_UNPARSED_FAILED"),
            ini("inventory", "unparsed_is_failed")),
    INVENTORY_ANY_UNPARSED_IS_FAILED(Type.BOOL, "false", List.of("ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED"),
            ini("inventory", "any_unparsed_is_failed")),
    TRANSFORM_INVALID_GROUP_CHARS(Type.STRING, "never", List.of("ANSIBLE_TRANSFORM_INVALID_GROUP_CHARS"),
            ini("defaults", "force_valid_group_names")),
    LOAD_CALLBACK_PLUGINS(Type.BOOL, "false", List.of("ANSIBLE_LOAD_CALLBACK_PLUGINS"),
            ini("defaults", "bin_ansible_callbacks")),
    HASH_BEHAVIOUR(Type.STRING, "replace", List.of("ANSIBLE_HASH_BEHAVIOUR"), ini("defaults", "hash_behaviour")),
    DEFAULT_MODULE_PATH(Type.PATHSPEC, "~/.ansible/plugins/modules:/usr/share/ansible/plugins/modules",
            List.of("ANSIBLE_LIBRARY"), ini("defaults", "library")),
    DEFAULT_MODULE_UTILS_PATH(Type.PATHSPEC, "~/.ansible/plugins/module_utils:/usr/share/ansible/plugins/module_utils",
            List.of("ANSIBLE_MODULE_UTILS"), ini("defaults", "module_utils")),
    DEFAULT_FILTER_PLUGIN_PATH(Type.PATHSPEC, "~/.ansible/plugins/filter:/usr/share/ansible/plugins/filter",
            List.of("ANSIBLE_FILTER_PLUGINS"), ini("defaults", "filter_plugins")),
    DEFAULT_TEST_PLUGIN_PATH(Type.PATHSPEC, "~/.ansible/plugins/test:/usr/share/ansible/plugins/test",
            List.of("ANSIBLE_TEST_PLUGINS"), ini("defaults", "test_plugins")),
    DEFAULT_LOOKUP_PLUGIN_PATH(Type.PATHSPEC, "~/.ansible/plugins/lookup:/usr/share/ansible/plugins/lookup",
            List.of("ANSIBLE_LOOKUP_PLUGINS"), ini("defaults", "lookup_plugins")),
    DEFAULT_INVENTORY_PLUGIN_PATH(Type.PATHSPEC, "~/.ansible/plugins/inventory:/usr/share/ansible/plugins/inventory",
            List.of("ANSIBLE_INVENTORY_PLUGINS"), ini("defaults", "inventory_plugins")),
    /** The constructed inventory plugin's {@code use_extra_vars} option. */
    INVENTORY_USE_EXTRA_VARS(Type.BOOL, "false", List.of("ANSIBLE_INVENTORY_USE_EXTRA_VARS"),
            ini("inventory_plugins", "use_extra_vars")),
    /** {@code --playbook-dir}'s default for ad-hoc runs. */
    PLAYBOOK_DIR(Type.PATH, null, List.of("ANSIBLE_PLAYBOOK_DIR"), ini("defaults", "playbook_dir")),
    /** The {@code script} inventory plugin's {@code always_show_stderr} option. */
    INVENTORY_PLUGIN_SCRIPT_STDERR(Type.BOOL, "true", List.of("ANSIBLE_INVENTORY_PLUGIN_SCRIPT_STDERR"),
            ini("inventory_plugin_script", "always_show_stderr")),
    COLLECTIONS_PATHS(Type.PATHSPEC, "~/.ansible/collections:/usr/share/ansible/collections",
            List.of("ANSIBLE_COLLECTIONS_PATHS", "ANSIBLE_COLLECTIONS_PATH"),
            ini("defaults", "collections_paths", "defaults", "collections_path")),
    COLLECTIONS_SCAN_SYS_PATH(Type.BOOL, "true", List.of("ANSIBLE_COLLECTIONS_SCAN_SYS_PATH"),
            ini("defaults", "collections_scan_sys_path")),
    INTERPRETER_PYTHON(Type.STRING, "auto", List.of("ANSIBLE_PYTHON_INTERPRETER"),
            ini("defaults", "interpreter_python")),
    NO_TARGET_SYSLOG(Type.BOOL, "false", List.of("ANSIBLE_NO_TARGET_SYSLOG"), ini("defaults", "no_target_syslog")),
    KEEP_REMOTE_FILES(Type.BOOL, "false", List.of("ANSIBLE_KEEP_REMOTE_FILES"), ini("defaults", "keep_remote_files")),
    SYSLOG_FACILITY(Type.STRING, "LOG_USER", List.of("ANSIBLE_SYSLOG_FACILITY"), ini("defaults", "syslog_facility")),
    STRING_CONVERSION_ACTION(Type.STRING, "warn", List.of("ANSIBLE_STRING_CONVERSION_ACTION"),
            ini("defaults", "string_conversion_action")),
    /** jplay's own (Ansible has no bound): the deepest nesting of maps and lists read from YAML. */
    YAML_MAX_DEPTH(Type.INT, "1000", List.of("JPLAY_YAML_MAX_DEPTH"), ini("defaults", "yaml_max_depth")),
    /** jplay's own (Ansible has no bound): the largest YAML file or text read, in bytes (256 MiB). */
    YAML_MAX_BYTES(Type.INT, "268435456", List.of("JPLAY_YAML_MAX_BYTES"), ini("defaults", "yaml_max_bytes")),
    /** jplay's own (Ansible keeps all): bytes of a task's stdout and of its stderr kept in memory (16 MiB). */
    OUTPUT_MAX_BYTES(Type.INT, "16777216", List.of("JPLAY_OUTPUT_MAX_BYTES"), ini("defaults", "output_max_bytes")),
    /** jplay's own: concurrent session channels on one SSH connection (OpenSSH's MaxSessions). */
    SSH_MAX_CHANNELS(Type.INT, "10", List.of("JPLAY_SSH_MAX_CHANNELS"), ini("ssh_connection", "max_channels")),
    /** jplay's own: SSH connections one target may use at once. */
    SSH_MAX_CONNECTIONS_PER_HOST(Type.INT, "4", List.of("JPLAY_SSH_MAX_CONNECTIONS_PER_HOST"),
            ini("ssh_connection", "max_connections_per_host")),
    /** jplay's own: SSH handshakes in flight per sshd (below OpenSSH's MaxStartups 10). */
    SSH_MAX_HANDSHAKES(Type.INT, "8", List.of("JPLAY_SSH_MAX_HANDSHAKES"), ini("ssh_connection", "max_handshakes")),
    /** jplay's own: seconds between keepalive@openssh.com requests on an SSH connection. */
    SSH_KEEPALIVE_INTERVAL(Type.INT, "15", List.of("JPLAY_SSH_KEEPALIVE_INTERVAL"),
            ini("ssh_connection", "keepalive_interval")),
    /** jplay's own: the controller Python that imports ansible-core (whose modules and module_utils run). */
    CONTROLLER_PYTHON(Type.STRING, null, List.of("JPLAY_CONTROLLER_PYTHON"), ini("defaults", "controller_python")),
    /** jplay's own: the live async progress line on a terminal (never shown when stdout is not one). */
    PROGRESS(Type.BOOL, "true", List.of("JPLAY_PROGRESS"), ini("jplay", "progress")),
    /** jplay's own: how many SSH targets keep their connections open between uses (least recently used closed first). */
    SSH_OPEN_TARGETS(Type.INT, "1024", List.of("JPLAY_SSH_OPEN_TARGETS"), ini("jplay", "ssh_open_targets")),
    /** jplay's own: Python modules run in one resident Python process per target, user and interpreter. */
    MODULE_RUNNER(Type.BOOL, "true", List.of("JPLAY_MODULE_RUNNER"), ini("jplay", "module_runner"));

    /** How a raw text value becomes a typed one. */
    enum Type { STRING, INT, BOOL, LIST, PATH, PATHLIST, PATHSPEC }

    /** One {@code [section] key} place a setting may be read from. */
    record IniEntry(String section, String key) {
    }

    final Type type;
    final String defaultValue;
    final List<String> envNames;
    final List<IniEntry> iniEntries;

    Setting(Type type, String defaultValue, List<String> envNames, List<IniEntry> iniEntries) {
        this.type = type;
        this.defaultValue = defaultValue;
        this.envNames = envNames;
        this.iniEntries = iniEntries;
    }

    /**
     * The name of this setting in {@code ansible.constants} (what {@code lookup('config', ...)}
     * takes), or null where ansible-core keeps it only as a plugin option.
     */
    public String constantName() {
        return switch (this) {
            case INVENTORY -> "DEFAULT_HOST_LIST";
            case HOST_KEY_CHECKING, CALLBACKS_ENABLED, ANY_ERRORS_FATAL, RETRY_FILES_ENABLED, DISPLAY_SKIPPED_HOSTS,
                    SHOW_CUSTOM_STATS, DEPRECATION_WARNINGS, SYSTEM_WARNINGS, LOCALHOST_WARNING,
                    HOST_PATTERN_MISMATCH, INVENTORY_ENABLED, INVENTORY_UNPARSED_WARNING, INVENTORY_UNPARSED_IS_FAILED,
                    INVENTORY_ANY_UNPARSED_IS_FAILED, TRANSFORM_INVALID_GROUP_CHARS, TASK_TIMEOUT, CACHE_PLUGIN,
                    CACHE_PLUGIN_CONNECTION, CACHE_PLUGIN_PREFIX, CACHE_PLUGIN_TIMEOUT, PLUGIN_FILTERS_CFG -> name();
            case NOCOLOR, FORCE_COLOR, PIPELINING -> "ANSIBLE_" + name();
            case ASYNC_DIR, SSH_ARGS, SSH_COMMON_ARGS, SSH_EXTRA_ARGS, DISPLAY_OK_HOSTS, DISPLAY_FAILED_STDERR,
                    CHECK_MODE_MARKERS, RESULT_FORMAT, COMMAND_WARNINGS, INVENTORY_PLUGIN_SCRIPT_STDERR, INVENTORY_USE_EXTRA_VARS -> null;
            case PLAYBOOK_DIR -> name();
            default -> "DEFAULT_" + name();
        };
    }

    /**
     * The name Ansible's configuration errors give this setting: its {@link #constantName()}, the
     * plain name for a plugin option or a setting of jplay's own.
     */
    public String configLabel() {
        String constant = constantName();
        return constant == null || !envNames.isEmpty() && envNames.get(0).startsWith("JPLAY_") ? name() : constant;
    }

    /** The only values Ansible accepts for this setting (its {@code choices}), or empty for any. */
    public List<String> choices() {
        return switch (this) {
            case GATHERING -> List.of("implicit", "explicit", "smart");
            case HASH_BEHAVIOUR -> List.of("replace", "merge");
            case HOST_PATTERN_MISMATCH -> List.of("error", "warning", "ignore");
            case TRANSFORM_INVALID_GROUP_CHARS -> List.of("always", "never", "ignore", "silently");
            default -> List.of();
        };
    }

    /** The environment variables, in Ansible's order (a later one that is set wins). */
    public List<String> envNames() {
        return envNames;
    }

    private static List<IniEntry> ini(String... sectionKeyPairs) {
        IniEntry[] out = new IniEntry[sectionKeyPairs.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new IniEntry(sectionKeyPairs[2 * i], sectionKeyPairs[2 * i + 1]);
        }
        return List.of(out);
    }
}
